package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An e-mail the mail server refuses for good is set aside after a few attempts with the server's
 * answer, instead of being retried for ever; platform administrators see it, send it again or discard
 * it (API and console), and the health report counts it.
 */
@ExtendWith(Mailbox.class)
class UndeliverableMailIT {

    private static final String LIST = "/api/1/platform/undeliverable-mail";
    private static final Duration SET_ASIDE = Duration.ofSeconds(60);

    /** An owner invited an address the mail server refuses; a platform administrator looks at it. */
    private record Refused(TestUser owner, TestUser admin, String address, JsonNode mail) {

        static Refused invitation() {
            TestUser owner = Keycloak.createUser();
            String organization = Portal.ownOrganization(owner);
            String address = Mailbox.REFUSED_PREFIX + UUID.randomUUID().toString().substring(0, 8) + "@example.ch";
            Portal.invite(owner, organization, address, "collaborator", List.of(), List.of());
            TestUser admin = Keycloak.createPlatformAdmin();
            return new Refused(owner, admin, address, awaitSetAside(admin, address));
        }
    }

    @Test
    void anAddressTheMailServerRefusesIsSetAsideWithTheReasonAndCanBeRetriedOrDiscarded() {
        Refused invited = Refused.invitation();
        TestUser owner = invited.owner();
        TestUser admin = invited.admin();
        String refused = invited.address();
        JsonNode mail = invited.mail();
        assertThat(mail.path("attempts").asInt()).isEqualTo(3);
        assertThat(mail.path("reason").asText()).contains("550 5.1.1").doesNotContain("Exception")
                .doesNotContain("jakarta.");
        assertThat(mail.path("subject").asText()).isNotBlank();
        assertThat(Mailbox.messagesTo(refused)).isEmpty();

        JsonNode outbox = check(readiness(), "outbox");
        assertThat(outbox).as("the health report has the outbox").isNotNull();
        assertThat(outbox.path("data").path("setAsideMails").asLong()).isPositive();

        problem(Api.as(owner).get(LIST), 403, "API-008");
        problem(Api.as(owner).post(LIST + "/" + mail.path("id").asText() + "/discard", Map.of()), 403, "API-008");
        problem(Api.as(admin).get(LIST + "?size=0"), 400, "API-013");

        assertThat(Api.as(admin).post(LIST + "/" + mail.path("id").asText() + "/retry", Map.of()).status())
                .isEqualTo(204);
        JsonNode again = awaitSetAside(admin, refused);
        assertThat(again.path("id").asText()).as("the same e-mail, tried three times more").isEqualTo(mail.path("id").asText());
        assertThat(again.path("attempts").asInt()).isEqualTo(3);

        assertThat(Api.as(admin).post(LIST + "/" + mail.path("id").asText() + "/discard", Map.of()).status())
                .isEqualTo(204);
        assertThat(find(admin, refused)).isEmpty();
        problem(Api.as(admin).post(LIST + "/" + mail.path("id").asText() + "/retry", Map.of()), 404, "IDT-201");
    }

    @Test
    void platformAdministratorsDiscardASetAsideMailInTheConsole() {
        Refused invited = Refused.invitation();
        TestUser admin = invited.admin();
        String refused = invited.address();
        try (Browser browser = Browser.open("de")) {
            try {
                BillingSteps.logIn(browser, admin, "platform/mail.xhtml");
                browser.waitForText(By.id("mail:table"), refused);
                assertThat(browser.text(By.id("mail:table"))).contains("550 5.1.1");
                By row = By.xpath("//tr[.//span[contains(@class,'pp-recipient') and text()='" + refused + "']]");
                browser.click(By.xpath("//tr[.//span[contains(@class,'pp-recipient') and text()='" + refused
                        + "']]//button[contains(@id,'discard')]"));
                browser.click(By.id("mail:confirmYes"));
                browser.waitForText(By.id("messages"), "Die E-Mail an " + refused + " ist verworfen.");
                await().atMost(Duration.ofSeconds(10)).until(() -> browser.all(row).isEmpty());
            } finally {
                browser.screenshot("undeliverable-mail");
            }
        }
        assertThat(find(admin, refused)).isEmpty();
    }

    private static JsonNode awaitSetAside(TestUser admin, String recipient) {
        return await("set aside: " + recipient).atMost(SET_ASIDE).pollInterval(Duration.ofSeconds(1))
                .until(() -> find(admin, recipient), Optional::isPresent).orElseThrow();
    }

    private static Optional<JsonNode> find(TestUser admin, String recipient) {
        JsonNode page = ok(Api.as(admin).get(LIST + "?size=100"), 200);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(page.path("items").size());
        for (JsonNode item : page.path("items")) {
            if (item.path("recipient").asText().equals(recipient)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    static JsonNode readiness() {
        Http.Reply reply = Http.send("GET", Env.PORTAL_URL + "/health/ready", Map.of(), null);
        assertThat(reply.status()).as(reply.toString()).isIn(200, 503);
        return reply.json();
    }

    static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return check;
            }
        }
        return null;
    }
}
