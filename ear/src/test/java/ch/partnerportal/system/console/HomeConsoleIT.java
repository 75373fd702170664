package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The console opens on the organization's home: what expires soon, what waits to be paid, who is invited. */
@ExtendWith(Mailbox.class)
class HomeConsoleIT {

    @Test
    void theHomePageShowsWhatNeedsDoingEachWithItsLink() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String mail = "Mail home-" + UUID.randomUUID().toString().substring(0, 8);
        String monthly = Portal.ok(Api.as(owner).post(Portal.organization(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "mail-service", "label", mail, "months", 1)))), 201).path("id").asText();
        Portal.ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(Portal.organization(organization) + "/orders/" + monthly + "/payment",
                        Map.of("method", "card", "cardNumber", "4242 4242 4242 4242")), 200);
        String order = BillingSteps.order(owner, organization, "domain-ch",
                "home-" + UUID.randomUUID().toString().substring(0, 8) + ".ch", 1);
        Portal.ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(Portal.organization(organization) + "/orders/" + order + "/payment",
                        Map.of("method", "iban-transfer")), 202);
        String invitee = Keycloak.newEmail();
        Portal.invite(owner, organization, invitee, "collaborator", List.of(), List.of());

        try (Browser browser = Browser.open("en")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/");
                browser.click(By.id("login"));
                browser.logInToKeycloak(owner.email(), Keycloak.PASSWORD);
                browser.waitForText(By.tagName("h1"), "Home");
                assertThat(browser.text(By.id("expiring"))).contains(mail, "Mail service");
                assertThat(browser.text(By.id("unpaid"))).contains("CHF 14.05");
                assertThat(browser.text(By.id("invitations"))).contains(invitee);
                browser.click(By.linkText(mail));
                browser.waitForText(By.id("productName"), mail);
            } finally {
                browser.screenshot("home");
            }
        }
    }
}
