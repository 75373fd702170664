package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** A web hosting's sites on the organization's domains and its technical credentials (IDN-4). */
class WebHostingIT {

    private static boolean opens(String address, String password) {
        return ok(Http.send("POST", Env.PORTAL_URL + "/api/1/mail-authentication", Http.headers("Authorization",
                "Bearer " + Keycloak.serviceToken("portal-mail-system", "portal-mail-system-dev-secret"),
                "Content-Type", "application/json", "Accept", "application/json"),
                Http.json(Map.of("address", address, "password", password))), 200).path("accepted").asBoolean();
    }

    @Test
    void IDN_4_sitesLieInTheOrganizationsDomainsAndEachCredentialHasAPasswordOfItsOwn() {
        String domain = "web-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
        TestUser owner = Keycloak.createUser("owner@" + domain);
        String organization = Portal.ownOrganization(owner);
        Map<String, String> ids = Portal.buy(owner, organization, List.of(
                Map.of("type", "domain-ch", "label", domain, "years", 1),
                Map.of("type", "web-hosting", "label", "Hosting " + domain, "years", 1),
                Map.of("type", "mail-service", "label", "Mail " + domain, "months", 1)));
        String hosting = Portal.organization(organization) + "/products/" + ids.get("Hosting " + domain)
                + "/web-hosting";
        String mailboxes = Portal.organization(organization) + "/products/" + ids.get("Mail " + domain) + "/mailboxes";
        ok(Api.as(owner).post(mailboxes, Map.of("address", "owner@" + domain, "password", "Kiosk-Blue-2026")), 201);

        assertThat(ok(Api.as(owner).post(hosting + "/sites", Map.of("hostName", domain)), 201)
                .path("phpVersion").asText()).isEqualTo("8.4");
        JsonNode shop = ok(Api.as(owner).post(hosting + "/sites", Map.of("hostName", "Shop." + domain,
                "phpVersion", "8.2")), 201);
        assertThat(shop.path("hostName").asText()).isEqualTo("shop." + domain);
        problem(Api.as(owner).post(hosting + "/sites", Map.of("hostName", "shop." + domain)), 409, "SRV-491");
        problem(Api.as(owner).post(hosting + "/sites", Map.of("hostName", "elsewhere-" + domain)), 400, "SRV-451");
        problem(Api.as(owner).post(hosting + "/sites", Map.of("hostName", "blog." + domain, "phpVersion", "7.4")),
                400, "SRV-492");
        ok(Api.as(owner).send("PUT", hosting + "/sites/" + shop.path("id").asText() + "/php",
                Http.json(Map.of("phpVersion", "8.3")), "application/json"), 200);

        // credential user names are unique on the whole platform, and the data directory outlives a run
        String name = "shop" + Long.toString(Math.floorMod(System.nanoTime(), 2_176_782_336L), 36);
        JsonNode ftp = ok(Api.as(owner).post(hosting + "/credentials", Map.of("kind", "ftp", "name", name)), 201);
        String first = ftp.path("password").asText();
        assertThat(first).hasSize(24);
        assertThat(ftp.path("credential").path("userName").asText()).isEqualTo("ftp_" + name);
        JsonNode db = ok(Api.as(owner).post(hosting + "/credentials", Map.of("kind", "mysql", "name", name)), 201);
        assertThat(db.path("password").asText()).isNotEqualTo(first);
        problem(Api.as(owner).post(hosting + "/credentials", Map.of("kind", "ftp", "name", name)), 409, "SRV-495");
        problem(Api.as(owner).post(hosting + "/credentials", Map.of("kind", "telnet", "name", "shop")), 400,
                "SRV-496");

        String shown = ok(Api.as(owner).get(hosting), 200).toString();
        assertThat(shown).as("a password is shown once").doesNotContain(first, db.path("password").asText(), "argon2");

        JsonNode reset = ok(Api.as(owner).post(hosting + "/credentials/" + ftp.path("credential").path("id").asText()
                + "/password-reset", null), 200);
        assertThat(reset.path("password").asText()).hasSize(24).isNotEqualTo(first);
        assertThat(Keycloak.signsIn(owner.email(), Keycloak.PASSWORD)).as("the login password is untouched").isTrue();
        assertThat(opens("owner@" + domain, "Kiosk-Blue-2026")).as("the mailbox password is untouched").isTrue();
        assertThat(opens("owner@" + domain, reset.path("password").asText())).isFalse();

        TestUser collaborator = Portal.join(owner, organization, "collaborator");
        problem(Api.as(collaborator).get(hosting), 403, "TEN-124");
    }
}
