package ch.partnerportal.system;

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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paid domain becomes a DNS zone its owner manages over the API; the domains permission guards it
 * (ORG-4, ORG-6), and other organizations never reach it.
 */
@ExtendWith(Mailbox.class)
class DnsZoneIT {

    private static String products(String organization) {
        return Portal.organization(organization) + "/products";
    }

    private static Http.Reply add(TestUser user, String dns, Map<String, Object> record) {
        return Api.as(user).post(dns + "/records", record);
    }

    @Test
    void aPaidDomainIsProvisionedAsAZoneWhoseRecordsAreCheckedAndExported() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = "dns-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
        Map<String, String> ids = Portal.buy(owner, organization, List.of(
                Map.of("type", "domain-ch", "label", domain, "years", 1),
                Map.of("type", "kdrive", "label", "Team drive", "months", 1)));
        String dns = products(organization) + "/" + ids.get(domain) + "/dns";

        JsonNode zone = ok(Api.as(owner).get(dns), 200);
        assertThat(zone.path("domain").asText()).isEqualTo(domain);
        assertThat(Http.texts(zone.path("nameServers"))).containsExactly("ns1.partnerportal.ch", "ns2.partnerportal.ch");
        assertThat(zone.path("servedByProvider").asBoolean()).isTrue();
        assertThat(zone.path("records")).isEmpty();
        long serial = zone.path("serial").asLong();

        JsonNode apex = ok(add(owner, dns, Map.of("type", "A", "value", "192.0.2.10")), 201);
        assertThat(apex.path("name").asText()).isEqualTo("@");
        assertThat(apex.path("ttl").asInt()).isEqualTo(3600);
        ok(add(owner, dns, Map.of("name", "www", "type", "CNAME", "value", domain + ".")), 201);
        ok(add(owner, dns, Map.of("type", "MX", "value", "mail." + domain, "priority", 10)), 201);
        ok(add(owner, dns, Map.of("name", "_sip._tcp", "type", "SRV", "value", "sip." + domain, "priority", 10,
                "weight", 5, "port", 5060)), 201);
        ok(add(owner, dns, Map.of("type", "CAA", "tag", "issue", "value", "letsencrypt.org")), 201);
        ok(add(owner, dns, Map.of("type", "TXT", "value", "v=spf1 mx -all", "ttl", 300)), 201);

        problem(add(owner, dns, Map.of("name", "www", "type", "A", "value", "192.0.2.11")), 409, "SRV-426");
        problem(add(owner, dns, Map.of("type", "CNAME", "value", "elsewhere.example.net")), 400, "SRV-424");
        problem(add(owner, dns, Map.of("name", "api", "type", "A", "value", "999.0.2.1")), 400, "SRV-415");
        problem(add(owner, dns, Map.of("name", "-api", "type", "A", "value", "192.0.2.1")), 400, "SRV-411");
        problem(add(owner, dns, Map.of("name", "api", "type", "MX", "value", "192.0.2.25", "priority", 1)), 400,
                "SRV-417");
        problem(add(owner, dns, Map.of("name", "api", "type", "A", "value", "192.0.2.1", "ttl", 10)), 400, "SRV-413");
        problem(add(owner, dns, Map.of("name", "api", "type", "PTR", "value", "x.example.net")), 400, "SRV-410");
        problem(add(owner, dns, Map.of("type", "A", "value", "192.0.2.10")), 409, "SRV-427");
        problem(add(owner, dns, Map.of("name", "api", "type", "A")), 400, "API-016");
        problem(add(owner, dns, Map.of("name", "api", "type", "A", "value", "192.0.2.1", "ttl", "long")), 400,
                "API-012");
        JsonNode german = problem(Api.as(owner).inLanguage("de").post(dns + "/records",
                Map.of("name", "www", "type", "TXT", "value", "x")), 409, "SRV-426");
        assertThat(german.path("detail").asText()).contains("ist ein CNAME");

        zone = ok(Api.as(owner).get(dns), 200);
        assertThat(zone.path("records").findValuesAsText("type"))
                .as("nothing of the refused records is stored").containsExactlyInAnyOrder("A", "MX", "CAA", "TXT",
                        "SRV", "CNAME");
        assertThat(zone.path("serial").asLong()).isEqualTo(serial + 6);

        Http.Download file = Http.download(Env.PORTAL_URL + dns + "/zone-file",
                Map.of("Authorization", "Bearer " + owner.token(), "Accept", "text/dns"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/dns");
        String text = new String(file.body(), StandardCharsets.US_ASCII);
        assertThat(text).startsWith("$ORIGIN " + domain + ".\n")
                .containsPattern("(?m)^" + domain.replace(".", "\\.") + "\\.\\s+3600\\s+IN\\s+SOA\\s+ns1\\.partnerportal\\.ch\\.")
                .containsPattern("(?m)^www\\." + domain.replace(".", "\\.") + "\\.\\s+3600\\s+IN\\s+CNAME\\s+" + domain.replace(".", "\\.") + "\\.$")
                .containsPattern("(?m)\\s+300\\s+IN\\s+TXT\\s+\"v=spf1 mx -all\"$")
                .contains("IN\tMX\t10 mail." + domain + ".", "IN\tSRV\t10 5 5060 sip." + domain + ".");
        problem(Api.as(owner).get(dns + "/zone-file"), 406, "API-009");

        ok(Api.as(owner).delete(dns + "/records/" + apex.path("id").asText()), 204);
        problem(Api.as(owner).delete(dns + "/records/" + apex.path("id").asText()), 404, "SRV-428");
        problem(Api.as(owner).send("PUT", dns + "/name-servers",
                Http.json(Map.of("nameServers", List.of("ns1.example.net"))), "application/json"), 400, "SRV-430");
        JsonNode delegated = ok(Api.as(owner).send("PUT", dns + "/name-servers",
                Http.json(Map.of("nameServers", List.of("ns1.example.net", "NS2.example.net."))), "application/json"),
                200);
        assertThat(Http.texts(delegated.path("nameServers"))).containsExactly("ns1.example.net", "ns2.example.net");
        assertThat(delegated.path("servedByProvider").asBoolean()).isFalse();
        assertThat(delegated.path("serial").asLong()).isEqualTo(serial + 8);

        problem(Api.as(owner).get(products(organization) + "/" + ids.get("Team drive") + "/dns"), 404, "SRV-402");
        problem(Api.as(owner).post(Portal.organization(organization) + "/orders", Map.of("items", List.of(
                Map.of("type", "domain-com", "label", "Not a domain", "years", 1)))), 400, "BIL-365");
        problem(Api.as(owner).get(products(organization) + "/" + UUID.randomUUID() + "/dns"), 404, "SRV-401");

        String statistics = products(organization) + "/" + ids.get(domain) + "/statistics";
        JsonNode usage = ok(Api.as(owner).get(statistics), 200);
        assertThat(usage.path("kind").asText()).isEqualTo("domains");
        JsonNode series = usage.path("series").get(0);
        assertThat(series.path("measure").asText()).isEqualTo("dns-queries");
        assertThat(series.path("points")).as("the domain exists since today").hasSize(1);
        assertThat(ok(Api.as(owner).get(statistics), 200)).as("the simulator is deterministic").isEqualTo(usage);
        JsonNode drive = ok(Api.as(owner).get(products(organization) + "/" + ids.get("Team drive") + "/statistics"),
                200);
        assertThat(drive.path("series").findValuesAsText("measure")).containsExactly("storage-used");
        problem(Api.as(owner).get(statistics + "?from=2026-02-01&to=2026-01-01"), 400, "SRV-470");
        problem(Api.as(owner).get(statistics + "?to=2999-01-01"), 400, "SRV-470");
        problem(Api.as(owner).get(statistics + "?from=yesterday"), 400, "API-013");
    }

    @Test
    void ORG_4_ORG_6_onlyMembersWithTheDomainsPermissionSeeOrChangeTheZoneAndOtherOrganizationsNever() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = "perm-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
        String product = Portal.buy(owner, organization,
                List.of(Map.of("type", "domain-ch", "label", domain, "years", 1))).get(domain);
        String dns = products(organization) + "/" + product + "/dns";

        TestUser collaborator = Portal.join(owner, organization, "collaborator");
        problem(Api.as(collaborator).get(dns), 403, "TEN-124");
        problem(add(collaborator, dns, Map.of("type", "A", "value", "192.0.2.10")), 403, "TEN-124");
        Http.Download file = Http.download(Env.PORTAL_URL + dns + "/zone-file",
                Map.of("Authorization", "Bearer " + collaborator.token(), "Accept", "text/dns"));
        assertThat(file.status()).as("the export is guarded like the zone").isEqualTo(403);
        problem(Api.as(collaborator).get(products(organization) + "/" + product + "/statistics"), 403, "TEN-124");

        TestUser administrator = Portal.join(owner, organization, "administrator");
        ok(add(administrator, dns, Map.of("name", "admin", "type", "A", "value", "192.0.2.20")), 201);

        String collaboratorId = Portal.accountId(owner, organization, collaborator);
        ok(Api.as(owner).patch(Portal.users(organization) + "/" + collaboratorId,
                Map.of("permissions", List.of("domains"))), 200);
        ok(add(collaborator, dns, Map.of("name", "www", "type", "A", "value", "192.0.2.10")), 201);
        assertThat(ok(Api.as(collaborator).get(dns), 200).path("records")).hasSize(2);

        TestUser stranger = Keycloak.createUser();
        String strangers = Portal.ownOrganization(stranger);
        problem(Api.as(stranger).get(dns), 404, "TEN-101");
        problem(Api.as(stranger).get(products(organization) + "/" + product + "/statistics"), 404, "TEN-101");
        problem(Api.as(stranger).get(products(organization) + "/" + UUID.randomUUID() + "/statistics"), 404,
                "TEN-101");
        problem(Api.as(stranger).get(products(strangers) + "/" + product + "/dns"), 404, "SRV-401");
        problem(add(stranger, products(strangers) + "/" + product + "/dns",
                Map.of("type", "TXT", "value", "taken")), 404, "SRV-401");
        problem(Api.as(stranger).delete(products(strangers) + "/" + product + "/dns/records/x"), 404, "SRV-401");
        assertThat(ok(Api.as(owner).get(dns), 200).path("records").findValuesAsText("value"))
                .containsExactlyInAnyOrder("192.0.2.20", "192.0.2.10");
    }
}
