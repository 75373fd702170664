package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ch.partnerportal.system.support.Portal.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's Partners page (PAR-3, PAR-4, PAR-10), in German: from the partner's e-mailed request
 * to an accepted relationship with the asked rights prefilled, full access given instead, the ending
 * previewed and refused with a wrong password then done with the right one, and a partner found by
 * e-mail and authorized.
 */
@ExtendWith(Mailbox.class)
class ClientPartnersConsoleIT {

    private static final Pattern LINK = Pattern.compile("/app/partners\\.xhtml\\?relationship=([0-9a-f-]{36})");

    @Test
    void PAR_4_aClientAnswersAPartnerInTheConsoleChangesTheAccessAndStopsIt() {
        TestUser admin = Keycloak.createPlatformAdmin();
        TestUser partner = Keycloak.createUser();
        String partnerOrganization = Portal.approvedPartner(partner, admin);
        String partnerName = Portal.organizationsOf(partner).get(0).path("name").asText();

        TestUser client = Keycloak.createUser();
        String clientOrganization = Portal.ownOrganization(client);
        Portal.buy(client, clientOrganization, List.of(
                Map.of("type", "web-hosting", "label", "www.console-client.ch", "years", 1),
                Map.of("type", "domain-ch", "label", "console-client.ch", "years", 1)));
        ok(Api.as(partner).post(Portal.organization(partnerOrganization) + "/partner-relationships/client-invitations",
                Map.of("clientEmail", client.email(), "access", Map.of("full", false, "products",
                        List.of(Map.of("category", "web-hosting", "technical", true, "statistics", true))),
                        "note", "Wir betreuen Ihre Websites")), 201);
        MimeMessage request = Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox.messagesTo(client.email())
                .stream().filter(m -> Mailbox.subject(m).contains("manage your account")).findFirst(),
                Optional::isPresent).orElseThrow();
        Matcher link = LINK.matcher(Mailbox.plainText(request));
        assertThat(link.find()).as("the e-mail links to the Partners page").isTrue();

        try (Browser browser = Browser.open("de")) {
            try {
                BillingSteps.logIn(browser, client, "partners.xhtml?relationship=" + link.group(1));
                browser.waitForText(By.id("partners:detail"), partnerName);
                assertThat(browser.text(By.id("asked"))).contains("Webhosting (technisch, Statistik)");
                assertThat(browser.text(By.id("partners:detail"))).contains("Wir betreuen Ihre Websites");
                browser.type(By.id("partners:answerNote"), "Gerne");
                browser.click(By.id("partners:accept"));
                browser.waitForText(By.id("messages"), "Die Anfrage ist angenommen");
                browser.waitForText(By.id("selectedStatus"), "Aktiv");
                assertThat(browser.text(By.id("granted"))).as("the asked category's product, prefilled")
                        .isEqualTo("www.console-client.ch (technisch, Statistik)");

                BillingSteps.tick(browser, "partners:changeFull");
                browser.click(By.id("partners:changeAccess"));
                browser.waitForText(By.id("messages"), "Der Zugriff wurde geändert");
                browser.waitForText(By.id("granted"), "Vollzugriff");

                browser.click(By.id("partners:prepareEnding"));
                browser.waitForText(By.id("staying"), "console-client.ch");
                assertThat(browser.text(By.id("staying"))).contains("www.console-client.ch");
                browser.type(By.id("partners:password"), "Not-The-Password-1");
                browser.click(By.id("partners:end"));
                browser.waitForText(By.id("messages"), "Das ist nicht das Passwort Ihres Kontos.");
                assertThat(browser.text(By.id("selectedStatus"))).isEqualTo("Aktiv");
                browser.type(By.id("partners:password"), Keycloak.PASSWORD);
                browser.click(By.id("partners:end"));
                browser.waitForText(By.id("messages"), "Die Beziehung ist beendet");
                browser.waitForText(By.id("selectedStatus"), "Beendet");

                browser.type(By.id("partners:search"), partner.email());
                browser.click(By.id("partners:find"));
                browser.waitForText(By.id("partners:candidates"), partnerName);
                BillingSteps.tick(browser, "partners:newFull");
                browser.click(By.id("partners:authorize"));
                browser.waitForText(By.id("messages"), "Die Ermächtigung wurde gesendet");
            } finally {
                browser.screenshot("client-partners");
            }
        }
        JsonNode offers = ok(Api.as(partner).get(Portal.organization(partnerOrganization) + "/partner-relationships"), 200)
                .path("items");
        assertThat(offers.get(0).path("status").asText()).isEqualTo("pending");
        assertThat(offers.get(0).path("initiator").asText()).isEqualTo("client");
        assertThat(offers.get(0).path("granted").path("full").asBoolean()).isTrue();
        assertThat(offers.get(1).path("status").asText()).isEqualTo("ended");
        assertThat(offers.get(1).path("endedBy").asText()).isEqualTo(client.email());
    }

    @Test
    void PAR_3_aPartnerAcceptsAClientOfferFromItsEmailAndInvitesAClientInTheConsole() {
        TestUser admin = Keycloak.createPlatformAdmin();
        TestUser partner = Keycloak.createUser();
        String partnerOrganization = Portal.approvedPartner(partner, admin);
        TestUser client = Keycloak.createUser();
        String clientOrganization = Portal.ownOrganization(client);
        String clientName = Portal.organizationsOf(client).get(0).path("name").asText();
        ok(Api.as(client).post(Portal.organization(clientOrganization) + "/partner-relationships/partner-authorizations",
                Map.of("partnerOrganizationId", partnerOrganization, "access", Map.of("full", true))), 201);
        MimeMessage offer = Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox.messagesTo(partner.email())
                .stream().filter(m -> Mailbox.subject(m).contains("authorizes you")).findFirst(),
                Optional::isPresent).orElseThrow();
        Matcher link = Pattern.compile("/app/partner\\.xhtml\\?relationship=([0-9a-f-]{36})")
                .matcher(Mailbox.plainText(offer));
        assertThat(link.find()).as("the e-mail links to the partner programme page").isTrue();
        TestUser other = Keycloak.createUser();
        String otherOrganization = Portal.ownOrganization(other);

        try (Browser browser = Browser.open("fr")) {
            try {
                BillingSteps.logIn(browser, partner, "partner.xhtml?relationship=" + link.group(1));
                browser.waitForText(By.id("clients:detail"), clientName);
                assertThat(browser.text(By.id("granted"))).isEqualTo("Accès complet");
                browser.click(By.id("clients:accept"));
                browser.waitForText(By.id("messages"), "La demande est acceptée");
                browser.waitForText(By.id("selectedStatus"), "Active");

                browser.type(By.id("clients:clientEmail"), other.email());
                BillingSteps.tick(browser, "clients:askedProducts:1:technical");
                browser.type(By.id("clients:inviteNote"), "Nous gérons vos sites");
                browser.click(By.id("clients:invite"));
                browser.waitForText(By.id("messages"), "L’invitation a été envoyée");
                browser.waitForText(By.id("clients:relationships"), "En attente");
            } finally {
                browser.screenshot("partner-clients");
            }
        }
        JsonNode invitation = ok(Api.as(other).get(Portal.organization(otherOrganization) + "/partner-relationships"), 200)
                .path("items").get(0);
        assertThat(invitation.path("partnerOrganizationId").asText()).isEqualTo(partnerOrganization);
        assertThat(invitation.path("requestNote").asText()).isEqualTo("Nous gérons vos sites");
        JsonNode asked = invitation.path("requested").path("products");
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).path("category").asText()).isEqualTo("web-hosting");
        assertThat(asked.get(0).path("technical").asBoolean()).isTrue();
        assertThat(asked.get(0).path("statistics").asBoolean()).isFalse();
    }

    @Test
    void PAR_4_aClientApprovesAnElevationFromItsEmailAndEndsItSooner() {
        TestUser admin = Keycloak.createPlatformAdmin();
        TestUser partner = Keycloak.createUser();
        String partnerOrganization = Portal.approvedPartner(partner, admin);
        TestUser client = Keycloak.createUser();
        String clientOrganization = Portal.ownOrganization(client);
        String domain = "elevata-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".ch";
        String productId = Portal.buy(client, clientOrganization,
                List.of(Map.of("type", "domain-ch", "label", domain, "years", 1))).get(domain);
        String relationship = ok(Api.as(client).post(Portal.organization(clientOrganization)
                + "/partner-relationships/partner-authorizations", Map.of("partnerOrganizationId", partnerOrganization,
                "access", Map.of("full", false, "products", List.of(Map.of("category", "domains", "productId",
                        productId, "technical", false, "statistics", true))))), 201).path("id").asText();
        ok(Api.as(partner).post(Portal.organization(partnerOrganization) + "/partner-relationships/" + relationship
                + "/acceptance", Map.of()), 200);
        String elevations = Portal.organization(clientOrganization) + "/partner-elevations";
        String elevation = ok(Api.as(partner).post(elevations, Map.of("access", Map.of("full", false, "products",
                List.of(Map.of("category", "domains", "productId", productId, "technical", true, "statistics", false))),
                "hours", 3, "reason", "Il DNS del negozio va cambiato oggi")), 201).path("id").asText();
        MimeMessage asked = Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox.messagesTo(client.email())
                .stream().filter(m -> Mailbox.subject(m).contains("asks for more access")).findFirst(),
                Optional::isPresent).orElseThrow();
        Matcher link = Pattern.compile("/app/partners\\.xhtml\\?elevation=([0-9a-f-]{36})")
                .matcher(Mailbox.plainText(asked));
        assertThat(link.find()).as("the e-mail links to the elevation on the Partners page").isTrue();
        assertThat(link.group(1)).isEqualTo(elevation);
        String dns = Portal.organization(clientOrganization) + "/products/" + productId + "/dns/records";
        Map<String, Object> record = Map.of("name", "www", "type", "A", "value", "192.0.2.45");

        try (Browser browser = Browser.open("it")) {
            try {
                BillingSteps.logIn(browser, client, "partners.xhtml?elevation=" + elevation);
                browser.waitForText(By.id("partners:elevations"), "Il DNS del negozio va cambiato oggi");
                assertThat(browser.text(By.id("partners:elevations"))).contains(domain + " (tecnico)")
                        .contains("Vi attende").contains(partner.email().toLowerCase());
                assertThat(browser.attribute(By.cssSelector("#partners\\:elevationList tbody tr"), "class"))
                        .as("the row the e-mail opened is marked").contains("pp-highlight");
                browser.type(By.id("partners:elevationNote"), "Solo oggi");
                browser.click(By.id("partners:elevationList:0:approve"));
                browser.waitForText(By.id("messages"), "Approvata");
                browser.waitForText(By.id("partners:elevations"), "In corso");
                ok(Api.as(partner).post(dns, record), 201);

                browser.click(By.id("partners:elevationList:0:endElevation"));
                browser.waitForText(By.id("messages"), "Terminata");
                browser.waitForText(By.id("partners:elevationList"), "Terminata");
                assertThat(browser.all(By.id("partners:elevationList:0:endElevation"))).isEmpty();
            } finally {
                browser.screenshot("client-elevation");
            }
        }
        Portal.problem(Api.as(partner).post(dns, record), 403, "TEN-135");
        JsonNode ended = ok(Api.as(client).get(elevations + "/" + elevation), 200);
        assertThat(ended.path("status").asText()).isEqualTo("ended");
        assertThat(ended.path("answerNote").asText()).isEqualTo("Solo oggi");
    }
}
