package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IDN-5: a lost login password is reset by its owner through Keycloak's own flow, by a link e-mailed
 * through the mail server; the portal never holds a login password.
 */
@ExtendWith(Mailbox.class)
class PasswordResetIT {

    private static final Pattern RESET_LINK = Pattern.compile("(http://\\S+/login-actions/action-token\\?\\S+)");

    @Test
    void IDN_5_aLostLoginPasswordIsResetByItsOwnerThroughTheMailedLink() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String newPassword = "Glacier-Reset-2026!q";
        try (Browser browser = Browser.open("en")) {
            try {
                browser.go(Env.KEYCLOAK_URL + "/realms/" + Env.REALM
                        + "/login-actions/reset-credentials?client_id=portal-console");
                browser.type(By.id("username"), owner.email());
                browser.click(By.cssSelector("input[type=submit], button[type=submit]"));

                MimeMessage mail = Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox
                        .messagesTo(owner.email()).stream().filter(m -> RESET_LINK.matcher(Mailbox.plainText(m)).find())
                        .findFirst(), Optional::isPresent).orElseThrow();
                Matcher link = RESET_LINK.matcher(Mailbox.plainText(mail));
                assertThat(link.find()).isTrue();
                assertThat(Mailbox.plainText(mail)).doesNotContain(Keycloak.PASSWORD);

                browser.go(link.group(1).replace("&amp;", "&"));
                browser.type(By.id("password-new"), newPassword);
                browser.type(By.id("password-confirm"), newPassword);
                browser.click(By.cssSelector("input[type=submit], button[type=submit]"));
                Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Keycloak.signsIn(owner.email(), newPassword));
            } finally {
                browser.screenshot("IDN_5-reset");
            }
        }
        // the portal knows the person by the login ID alone: the account reads the same after the reset
        TestUser again = owner.withPassword(newPassword);
        assertThat(Portal.ok(Api.as(again).get("/api/1/me"), 200).toString())
                .doesNotContain(newPassword, Keycloak.PASSWORD);
        assertThat(Portal.organizationsOf(again)).extracting(o -> o.path("id").asText()).containsExactly(organization);
        // last: a failed attempt right after a sign-in makes Keycloak's brute-force check lock the account briefly
        assertThat(Keycloak.signsIn(owner.email(), Keycloak.PASSWORD)).as("the old password is gone").isFalse();
    }
}
