package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's own pages where the container used to answer: the server's address, unknown pages,
 * an expired or forged page state, a form sent from another site. Each in the visitor's language,
 * naming no server and no Java class.
 */
class ErrorPagesIT {

    @Test
    void theServersAddressLeadsToTheConsole() {
        Http.Reply root = Http.send("GET", Env.PORTAL_URL + "/", Map.of(), null);
        assertThat(root.status()).as(root.toString()).isEqualTo(302);
        assertThat(root.header("Location")).endsWith("/console/");
        assertThat(root.text()).doesNotContain("Liberty");
    }

    @Test
    void anUnknownPageIsThePortalsOwnInTheVisitorsLanguage() {
        for (String path : new String[] {"/no-such-page", "/console/no-such-page.xhtml", "/console/app/../x.css"}) {
            Http.Reply german = Http.send("GET", Env.PORTAL_URL + path, Map.of("Accept-Language", "de-CH,de"), null);
            assertThat(german.status()).as(german.toString()).isEqualTo(404);
            assertThat(german.text()).as(path).contains("<html lang=\"de\"").contains("Diese Seite existiert nicht")
                    .doesNotContain("Liberty").doesNotContain("SRVE").doesNotContain("Exception");
            assertThat(german.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
        Http.Reply italian = Http.send("GET", Env.PORTAL_URL + "/no-such-page", Map.of("Accept-Language", "it"), null);
        assertThat(italian.text()).contains("Questa pagina non esiste");
    }

    @Test
    void aFormSentFromAnotherSiteIsRefusedWithATranslatedPage() {
        String form = Http.form(Map.of("accept", "accept"));
        Http.Reply foreign = Http.send("POST", Env.PORTAL_URL + "/console/invitation.xhtml", Map.of(
                "Origin", "https://attacker.example", "Content-Type", "application/x-www-form-urlencoded",
                "Accept-Language", "fr"), form);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
        assertThat(foreign.text()).contains("Ce formulaire a été envoyé depuis un autre site");
        Http.Reply sandboxed = Http.send("POST", Env.PORTAL_URL + "/console/invitation.xhtml", Map.of(
                "Origin", "null", "Content-Type", "application/x-www-form-urlencoded"), form);
        assertThat(sandboxed.status()).as(sandboxed.toString()).isEqualTo(403);
        Http.Reply own = Http.send("POST", Env.PORTAL_URL + "/console/invitation.xhtml", Map.of(
                "Origin", Env.PORTAL_URL, "Content-Type", "application/x-www-form-urlencoded"), form);
        assertThat(own.status()).as(own.toString()).isNotEqualTo(403);
    }

    /** A replayed or forged ViewState (or one whose session ended) shows the translated "expired" page. */
    @Test
    void aForgedPageStateShowsTheExpiredPageNotAFailure() {
        TestUser user = Keycloak.createUser();
        Portal.ownOrganization(user);
        try (Browser browser = Browser.open("it")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/app/users.xhtml");
                browser.logInToKeycloak(user.email(), Keycloak.PASSWORD);
                browser.waitForText(By.id("users:table"), user.email());
                ((JavascriptExecutor) browser.driver).executeScript(
                        "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                                + ".forEach(function (field) { field.value = '-4242:forged'; });");
                browser.click(By.id("users:add"));
                browser.waitForText(By.id("error-title"), "Questa pagina è scaduta");
                assertThat(browser.driver.getPageSource()).doesNotContain("ViewExpiredException")
                        .doesNotContain("jakarta.faces");
                browser.click(By.id("error-link"));
                browser.waitForText(By.id("users:table"), user.email());
            } finally {
                browser.screenshot("expired-page");
            }
        }
    }
}
