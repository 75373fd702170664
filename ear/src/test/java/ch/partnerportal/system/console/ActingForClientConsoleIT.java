package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.Side;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's user enters a client's account from its home page and works in it under the banner
 * (PAR-4 to PAR-6): an assigned collaborator sees the granted product only, asks the client for a
 * whole kind of product for some hours, sees it once approved and ends it, in English; a legal
 * representative with full access manages the client's users, in German, and leaves back to its own
 * organization.
 */
@ExtendWith(Mailbox.class)
class ActingForClientConsoleIT {

    private static final TestUser ADMIN = Keycloak.createPlatformAdmin();

    private static String domain(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
    }

    @Test
    void PAR_6_anAssignedCollaboratorEntersItsClientAndSeesTheGrantedProductUnderTheBanner() {
        Side partner = Side.partner(ADMIN);
        Side client = Side.client();
        Side other = Side.client();
        String partnerName = Portal.organizationsOf(partner.owner()).get(0).path("name").asText();
        String clientName = Portal.organizationsOf(client.owner()).get(0).path("name").asText();
        String granted = domain("granted");
        String withheld = domain("withheld");
        Map<String, String> ids = Portal.buy(client.owner(), client.organization(), List.of(
                Map.of("type", "domain-ch", "label", granted, "years", 1),
                Map.of("type", "domain-ch", "label", withheld, "years", 1)));
        String relationship = Portal.activeRelationship(client, partner, Map.of("full", false, "products",
                List.of(Map.of("category", "domains", "productId", ids.get(granted), "technical", true,
                        "statistics", false))), null);
        Portal.activeRelationship(other, partner, Map.of("full", true), null);
        TestUser collaborator = Portal.join(partner.owner(), partner.organization(), "collaborator");
        String collaboratorId = Portal.accountId(partner.owner(), partner.organization(), collaborator);
        ok(Api.as(partner.owner()).put(Portal.organization(partner.organization()) + "/partner-relationships/"
                + relationship + "/assignments/" + collaboratorId, Map.of()), 200);

        try (Browser browser = Browser.open("en")) {
            try {
                BillingSteps.logIn(browser, collaborator, "home.xhtml");
                browser.waitForText(By.id("actingFor:clients"), clientName);
                assertThat(browser.text(By.id("actingFor:clients"))).as("only the client it is assigned to")
                        .doesNotContain(Portal.organizationsOf(other.owner()).get(0).path("name").asText())
                        .contains("Limited access");
                browser.click(By.id("actingFor:clients:0:enter"));
                browser.waitForUrl("products.xhtml");
                browser.waitForText(By.id("acting:actingText"), "You are working in the account of " + clientName
                        + ", as partner " + partnerName);
                assertThat(browser.text(By.id("products"))).contains(granted).doesNotContain(withheld);
                assertThat(browser.all(By.id("usersLink"))).as("a limited access does not reach the users").isEmpty();
                assertThat(browser.all(By.id("teamsLink"))).isEmpty();

                BillingSteps.tick(browser, "elevation:askProducts:0:technical");
                browser.type(By.id("elevation:reason"), "The shop moves to a new server tonight");
                browser.click(By.id("elevation:askButton"));
                browser.waitForText(By.id("messages"), "Asked: the client’s legal representatives are told");
                browser.waitForText(By.id("elevation:mine"), "Waiting for the client");
                String elevations = Portal.organization(client.organization()) + "/partner-elevations";
                String elevation = ok(Api.as(client.owner()).get(elevations), 200).path("items").get(0).path("id").asText();
                ok(Api.as(client.owner()).post(elevations + "/" + elevation + "/approval", Map.of()), 200);
                browser.go(BillingSteps.CONSOLE + "products.xhtml");
                browser.waitForText(By.id("products"), withheld);
                assertThat(browser.text(By.id("elevation:mine"))).contains("Running").contains("Domain (technical)");
                browser.click(By.id("elevation:mine:0:endMine"));
                browser.waitForText(By.id("messages"), "Ended.");
                browser.go(BillingSteps.CONSOLE + "products.xhtml");
                browser.waitForText(By.id("products"), granted);
                assertThat(browser.text(By.id("products"))).as("the elevation ended: the grant again")
                        .doesNotContain(withheld);

                browser.click(By.id("acting:leave"));
                browser.waitForUrl("home.xhtml");
                assertThat(browser.all(By.id("acting:actingText"))).isEmpty();
                assertThat(browser.text(By.id("actingFor:clients"))).contains(clientName);
            } finally {
                browser.screenshot("acting-collaborator");
            }
        }
    }

    @Test
    void PAR_5_aPartnerWithFullAccessManagesTheClientsUsersInTheConsole() {
        Side partner = Side.partner(ADMIN);
        Side client = Side.client();
        String clientName = Portal.organizationsOf(client.owner()).get(0).path("name").asText();
        TestUser clientCollaborator = Portal.join(client.owner(), client.organization(), "collaborator");
        Portal.activeRelationship(client, partner, Map.of("full", true), null);

        try (Browser browser = Browser.open("de")) {
            try {
                BillingSteps.logIn(browser, partner.owner(), "home.xhtml");
                browser.type(By.id("actingFor:clientSearch"), clientName.substring(0, Math.min(6, clientName.length())));
                browser.click(By.id("actingFor:findClient"));
                browser.waitForText(By.id("actingFor:clients"), "Ganzes Konto");
                browser.click(By.id("actingFor:clients:0:enter"));
                browser.waitForText(By.id("acting:actingText"), "Sie arbeiten im Konto von " + clientName);
                browser.click(By.id("usersLink"));
                browser.waitForUrl("users.xhtml");
                browser.waitForText(By.id("acting:actingText"), clientName);
                assertThat(browser.text(By.tagName("h1"))).contains(clientName);
                assertThat(browser.all(By.id("leave"))).as("a partner does not leave an organization it is no member of")
                        .isEmpty();
                assertThat(browser.text(By.tagName("main"))).contains(clientCollaborator.email().toLowerCase())
                        .contains(client.owner().email().toLowerCase())
                        .doesNotContain(partner.owner().email().toLowerCase());
            } finally {
                browser.screenshot("acting-full");
            }
        }
    }
}
