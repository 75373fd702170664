package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.Side;
import ch.partnerportal.system.support.TestUser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's audit trail in the console, in French: the changes two of a partner's users made on its
 * product, filtered down to one of them, and the CSV of what the filter takes, downloaded with the
 * console's session; a collaborator of the client does not see the page.
 */
@ExtendWith(Mailbox.class)
class AuditConsoleIT {

    @Test
    void aClientFiltersWhatItsPartnersUsersDidAndDownloadsItAsCsv() {
        Side partner = Side.partner(Keycloak.createPlatformAdmin());
        Side client = Side.client();
        TestUser partnerAdministrator = Portal.join(partner.owner(), partner.organization(), "administrator");
        TestUser clientCollaborator = Portal.join(client.owner(), client.organization(), "collaborator");
        String domain = "audit-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
        String product = Portal.buy(client.owner(), client.organization(),
                List.of(Map.of("type", "domain-ch", "label", domain, "years", 1))).get(domain);
        String relationship = ok(Api.as(client.owner()).post(Portal.organization(client.organization())
                + "/partner-relationships/partner-authorizations", Map.of("partnerOrganizationId",
                partner.organization(), "access", Map.of("full", false, "products", List.of(Map.of("category",
                        "domains", "productId", product, "technical", true, "statistics", false))))), 201)
                .path("id").asText();
        ok(Api.as(partner.owner()).post(Portal.organization(partner.organization()) + "/partner-relationships/"
                + relationship + "/acceptance", Map.of()), 200);
        String records = Portal.organization(client.organization()) + "/products/" + product + "/dns/records";
        for (TestUser actor : List.of(partner.owner(), partnerAdministrator)) {
            ok(Api.as(actor).post(records, Map.of("name", "by-" + actor.email().substring(0, 6), "type", "A",
                    "value", "192.0.2.45")), 201);
        }

        try (Browser browser = Browser.open("fr")) {
            BillingSteps.logIn(browser, client.owner(), "audit.xhtml");
            browser.waitForText(By.id("audit:entries"), partner.owner().email().toLowerCase());
            assertThat(browser.text(By.id("audit:entries"))).contains(partnerAdministrator.email().toLowerCase(),
                    "Partenaire", relationship, "Après", " IN ");

            browser.type(By.id("audit:actor"), partnerAdministrator.email().toUpperCase());
            browser.click(By.id("audit:search"));
            Awaitility.await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                    .until(() -> !browser.text(By.id("audit:entries")).contains(partner.owner().email().toLowerCase()));
            assertThat(browser.text(By.id("audit:entries"))).contains(partnerAdministrator.email().toLowerCase());

            Http.Download csv = BillingSteps.download(browser, By.id("audit:csv"));
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).isEqualTo("at,actorKind,actor,action,subject,detail,before,after");
            assertThat(lines).as("the header and the one entry the filter takes").hasSize(2);
            assertThat(lines.get(1)).contains(partnerAdministrator.email().toLowerCase(), "partner-change", product);

            // a date field shows the browser's own format; its value is the ISO day whatever the language
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('audit:from').value = "
                    + "'2026-12-31'; document.getElementById('audit:to').value = '2026-12-01';");
            browser.click(By.id("audit:search"));
            browser.waitForText(By.id("messages"), "Le dernier jour précède le premier jour.");
        }

        try (Browser browser = Browser.open("fr")) {
            BillingSteps.logIn(browser, clientCollaborator, "audit.xhtml");
            browser.waitForText(By.id("messages"), "Seul un représentant légal ou un administrateur");
            assertThat(browser.all(By.id("audit:entries"))).as("a collaborator sees no audit trail").isEmpty();
            assertThat(browser.all(By.id("auditLink"))).isEmpty();
        }
    }
}
