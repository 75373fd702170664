package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static ch.partnerportal.system.support.Portal.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAR-1 in the console: a legal representative reads the computation and the reseller conditions and
 * applies (in French), a platform administrator approves it from the review queue (in German), and the
 * applicant sees the decision.
 */
@ExtendWith(Mailbox.class)
class PartnerConsoleIT {

    @Test
    void PAR_1_anApplicationSentInTheConsoleIsApprovedFromTheReviewQueue() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String name = Portal.organizationsOf(owner).get(0).path("name").asText();
        TestUser admin = Keycloak.createPlatformAdmin();

        try (Browser browser = Browser.open("fr")) {
            try {
                BillingSteps.logIn(browser, owner, "partner.xhtml");
                browser.waitForText(By.id("partner"), "Programme partenaires");
                assertThat(browser.text(By.id("partner:computation"))).contains("Aucun produit");
                assertThat(browser.text(By.id("total"))).contains("CHF 0.00").contains("CHF 2000.00")
                        .contains("sous le seuil");
                assertThat(browser.text(By.id("conditionsText"))).contains("Conditions de revente");

                browser.type(By.id("partner:registerNumber"), "CHE-109.322.552");
                browser.type(By.id("partner:website"), "https://www.console-partner.ch");
                browser.type(By.id("partner:committedValue"), "3000");
                BillingSteps.tick(browser, "partner:accepted");
                browser.click(By.id("partner:send"));
                browser.waitForText(By.id("messages"), "Le chiffre de contrôle de cet IDE ne correspond pas");

                browser.type(By.id("partner:registerNumber"), "CHE-109.322.551");
                browser.click(By.id("partner:send"));
                browser.waitForText(By.id("messages"), "Votre candidature a été envoyée.");
                browser.waitForText(By.id("status"), "En cours d’examen");
            } finally {
                browser.screenshot("partner-application");
            }
        }
        assertThat(ok(Api.as(owner).get(Portal.organization(organization) + "/partner-application"), 200)
                .path("application").path("committedValue").asText()).isEqualTo("3000.00");

        try (Browser browser = Browser.open("de")) {
            try {
                BillingSteps.logIn(browser, admin, "platform/partners.xhtml");
                By row = By.xpath("//tbody[@id='reviews:pending_data']/tr[td[normalize-space()='" + name
                        + "'] and .//a[contains(@href,'console-partner.ch')]]");
                browser.waitFor(row);
                String ours = "//tbody[@id='reviews:pending_data']/tr[.//a[contains(@href,'console-partner.ch')]]";
                browser.type(By.xpath(ours + "//input[contains(@id,'reason')]"), "Register und Website geprüft");
                browser.click(By.xpath(ours + "//button[contains(@id,'approve')]"));
                browser.waitForText(By.id("messages"), name + " ist jetzt Partner.");
                browser.waitForText(By.id("reviews:partners"), name);
            } finally {
                browser.screenshot("partner-review");
            }
        }

        try (Browser browser = Browser.open("fr")) {
            BillingSteps.logIn(browser, owner, "partner.xhtml");
            browser.waitForText(By.id("status"), "Acceptée : vous êtes partenaire");
            assertThat(browser.text(By.id("reason"))).contains("Register und Website geprüft");
            assertThat(browser.all(By.id("partner:send"))).as("a partner does not apply again").isEmpty();
        }
    }
}
