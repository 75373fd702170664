package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.Side;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's users acting on a client's products over the API, decided by the decision point from
 * the relationship in the portal's database (PAR-4, PAR-5, PAR-6 until assignments): the granted
 * products only, each with its technical or statistics right; full access reaching products bought
 * later but not billing; a change of access applying to the next call; nothing after the end.
 */
@ExtendWith(Mailbox.class)
class PartnerEnforcementIT {

    private static final TestUser ADMIN = Keycloak.createPlatformAdmin();

    private static Side partner() {
        return Side.partner(ADMIN);
    }

    private static Side client() {
        return Side.client();
    }

    private static String domain(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
    }

    private static String product(Side client, String id) {
        return Portal.organization(client.organization()) + "/products/" + id;
    }

    private static Map<String, Object> grant(String category, String id, boolean technical, boolean statistics) {
        Map<String, Object> product = new HashMap<>();
        product.put("category", category);
        product.put("productId", id);
        product.put("technical", technical);
        product.put("statistics", statistics);
        return product;
    }

    /** The client authorizes the partner with this access, and the partner accepts: active. */
    private static String activeRelationship(Side client, Side partner, Map<String, Object> access) {
        String id = ok(Api.as(client.owner()).post(Portal.organization(client.organization())
                + "/partner-relationships/partner-authorizations",
                Map.of("partnerOrganizationId", partner.organization(), "access", access)), 201).path("id").asText();
        ok(Api.as(partner.owner()).post(Portal.organization(partner.organization()) + "/partner-relationships/"
                + id + "/acceptance", Map.of()), 200);
        return id;
    }

    private static Http.Reply addRecord(TestUser user, String dns, String name) {
        return Api.as(user).post(dns + "/records", Map.of("name", name, "type", "A", "value", "192.0.2.44"));
    }

    @Test
    void PAR_4_aLimitedAccessReachesTheGrantedProductsWithTheirRightsAndAChangeAppliesAtOnce() {
        Side partner = partner();
        Side client = client();
        TestUser partnerAdministrator = Portal.join(partner.owner(), partner.organization(), "administrator");
        TestUser partnerCollaborator = Portal.join(partner.owner(), partner.organization(), "collaborator");
        String watched = domain("watched");
        String tended = domain("tended");
        Map<String, String> ids = Portal.buy(client.owner(), client.organization(), List.of(
                Map.of("type", "domain-ch", "label", watched, "years", 1),
                Map.of("type", "domain-ch", "label", tended, "years", 1),
                Map.of("type", "web-hosting", "label", "www." + tended, "years", 1)));
        String relationship = activeRelationship(client, partner, Map.of("full", false, "products", List.of(
                grant("domains", ids.get(watched), false, true), grant("domains", ids.get(tended), true, false))));
        String watchedProduct = product(client, ids.get(watched));
        String tendedProduct = product(client, ids.get(tended));
        String hosting = product(client, ids.get("www." + tended));

        JsonNode listed = ok(Api.as(partner.owner()).get(Portal.organization(client.organization()) + "/products"), 200);
        assertThat(listed.path("items").findValuesAsText("label")).as("the granted products only")
                .containsExactlyInAnyOrder(watched, tended);

        ok(Api.as(partner.owner()).get(watchedProduct + "/statistics"), 200);
        ok(Api.as(partner.owner()).get(watchedProduct + "/dns"), 200);
        problem(addRecord(partner.owner(), watchedProduct + "/dns", "www"), 403, "TEN-135");
        ok(addRecord(partner.owner(), tendedProduct + "/dns", "shop"), 201);
        problem(Api.as(partner.owner()).get(tendedProduct + "/statistics"), 403, "TEN-135");
        problem(Api.as(partner.owner()).get(hosting + "/web-hosting"), 403, "TEN-135");
        problem(Api.as(partner.owner()).get(hosting + "/statistics"), 403, "TEN-135");
        ok(addRecord(partnerAdministrator, tendedProduct + "/dns", "admin"), 201);
        problem(Api.as(partnerCollaborator).get(Portal.organization(client.organization()) + "/products"), 404,
                "TEN-101");
        problem(addRecord(partnerCollaborator, tendedProduct + "/dns", "collaborator"), 404, "TEN-101");
        problem(Api.as(Keycloak.createUser()).get(tendedProduct + "/dns"), 404, "TEN-101");
        assertThat(ok(Api.as(client.owner()).get(tendedProduct + "/dns"), 200).path("records")
                .findValuesAsText("name")).as("only the allowed changes were made").contains("shop", "admin")
                .doesNotContain("www", "collaborator");

        String clientSide = Portal.organization(client.organization()) + "/partner-relationships/" + relationship;
        ok(Api.as(client.owner()).put(clientSide + "/access", Map.of("access", Map.of("full", false, "products",
                List.of(grant("domains", ids.get(watched), true, true))))), 200);
        problem(addRecord(partner.owner(), tendedProduct + "/dns", "later"), 403, "TEN-135");
        ok(addRecord(partner.owner(), watchedProduct + "/dns", "www"), 201);

        ok(Api.as(client.owner()).post(clientSide + "/ending", Map.of("password", client.owner().password())), 200);
        problem(Api.as(partner.owner()).get(Portal.organization(client.organization()) + "/products"), 404, "TEN-101");
        problem(Api.as(partner.owner()).get(watchedProduct + "/dns"), 404, "TEN-101");

        List<JsonNode> byPartner = new ArrayList<>();
        ok(Api.as(client.owner()).get(Portal.organization(client.organization()) + "/audit-trail"), 200)
                .path("items").forEach(entry -> {
                    if (entry.path("actorKind").asText().equals("partner")) {
                        byPartner.add(entry);
                    }
                });
        assertThat(byPartner).as("each change a partner's user made, and none of the refused ones").hasSize(3);
        String partnerName = ok(Api.as(partner.owner()).get(Portal.organization(partner.organization())), 200)
                .path("name").asText();
        assertThat(byPartner).extracting(entry -> entry.path("actor").asText()).containsOnly(
                partner.owner().email().toLowerCase() + " (" + partnerName + ")",
                partnerAdministrator.email().toLowerCase() + " (" + partnerName + ")");
        assertThat(byPartner).allSatisfy(entry -> assertThat(entry.path("detail").asText()).contains(relationship));

        String trail = Portal.organization(client.organization()) + "/audit-trail";
        Api owner = Api.as(client.owner());
        JsonNode partnerEntries = ok(owner.get(trail + "?actorKind=partner"), 200);
        assertThat(partnerEntries.path("total").asInt()).isEqualTo(3);
        assertThat(partnerEntries.path("items").findValuesAsText("actorKind")).containsOnly("partner");
        assertThat(ok(owner.get(trail + "?actor=" + Http.encode(partnerAdministrator.email().toUpperCase())), 200)
                .path("items").findValuesAsText("actor")).as("the actor is found in any case")
                .containsExactly(partnerAdministrator.email().toLowerCase() + " (" + partnerName + ")");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Zurich")).toString();
        String tomorrow = java.time.LocalDate.parse(today).plusDays(1).toString();
        assertThat(ok(owner.get(trail + "?actorKind=partner&from=" + today + "&to=" + today), 200).path("total")
                .asInt()).isEqualTo(3);
        assertThat(ok(owner.get(trail + "?from=" + tomorrow), 200).path("total").asInt()).isZero();
        problem(owner.get(trail + "?actorKind=robot"), 400, "API-013");
        problem(owner.get(trail + "?from=" + tomorrow + "&to=" + today), 400, "API-013");
        Map<String, String> asCsv = Map.of("Authorization", "Bearer " + client.owner().token(), "Accept", "text/csv");
        Http.Download badDay = Http.download(Env.PORTAL_URL + trail + "/export?from=yesterday", asCsv);
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.contentType()).startsWith("application/problem+json");
        assertThat(new String(badDay.body(), StandardCharsets.UTF_8)).contains("API-013");
        Http.Download stranger = Http.download(Env.PORTAL_URL + trail + "/export",
                Map.of("Authorization", "Bearer " + partner.owner().token(), "Accept", "text/csv"));
        assertThat(stranger.status()).as("the former partner exports nothing").isEqualTo(404);
        assertThat(new String(stranger.body(), StandardCharsets.UTF_8)).contains("TEN-101");
        problem(owner.get(trail + "/export"), 406, "API-009");

        Http.Download export = Http.download(Env.PORTAL_URL + trail + "/export?actorKind=partner", asCsv);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        List<org.apache.commons.csv.CSVRecord> lines;
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new java.io.StringReader(new String(export.body(), StandardCharsets.UTF_8)))) {
            assertThat(parser.getHeaderNames()).containsExactly("at", "actorKind", "actor", "action", "subject",
                    "detail");
            lines = parser.getRecords();
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
        assertThat(lines).as("the export holds what the filtered list shows, in its order")
                .extracting(line -> line.get("actor"))
                .containsExactlyElementsOf(partnerEntries.path("items").findValuesAsText("actor"));
        assertThat(lines).extracting(line -> line.get("detail"))
                .containsExactlyElementsOf(partnerEntries.path("items").findValuesAsText("detail"));
    }

    @Test
    void PAR_5_fullAccessReachesProductsBoughtLaterButNotBilling() {
        Side partner = partner();
        Side client = client();
        activeRelationship(client, partner, Map.of("full", true));
        String later = domain("later");
        String id = Portal.buy(client.owner(), client.organization(),
                List.of(Map.of("type", "domain-ch", "label", later, "years", 1))).get(later);

        ok(addRecord(partner.owner(), product(client, id) + "/dns", "www"), 201);
        ok(Api.as(partner.owner()).get(product(client, id) + "/statistics"), 200);
        JsonNode listed = ok(Api.as(partner.owner()).get(Portal.organization(client.organization()) + "/products"), 200);
        assertThat(listed.path("items").findValuesAsText("label")).containsExactly(later);
        problem(Api.as(partner.owner()).get(Portal.organization(client.organization()) + "/invoices"), 403, "TEN-135");
    }

    @Test
    void PAR_6_anAssignedUserActsForItsClientOnTheAssignedProductsAndNeverBeyondTheGrant() {
        Side partner = partner();
        Side client = client();
        TestUser collaborator = Portal.join(partner.owner(), partner.organization(), "collaborator");
        String collaboratorId = Portal.accountId(partner.owner(), partner.organization(), collaborator);
        String ownerId = Portal.accountId(partner.owner(), partner.organization(), partner.owner());
        String one = domain("one");
        String two = domain("two");
        Map<String, String> ids = Portal.buy(client.owner(), client.organization(), List.of(
                Map.of("type", "domain-ch", "label", one, "years", 1),
                Map.of("type", "domain-ch", "label", two, "years", 1)));
        String relationship = activeRelationship(client, partner, Map.of("full", false, "products", List.of(
                grant("domains", ids.get(one), true, false), grant("domains", ids.get(two), true, false))));
        String assignments = Portal.organization(partner.organization()) + "/partner-relationships/" + relationship
                + "/assignments";
        String oneDns = product(client, ids.get(one)) + "/dns";
        String twoDns = product(client, ids.get(two)) + "/dns";

        problem(addRecord(collaborator, oneDns, "before"), 404, "TEN-101");
        problem(Api.as(collaborator).put(assignments + "/" + collaboratorId, Map.of()), 403, "TEN-134");
        problem(Api.as(partner.owner()).put(assignments + "/" + ownerId, Map.of()), 409, "PRT-542");
        problem(Api.as(partner.owner()).put(assignments + "/" + UUID.randomUUID(), Map.of()), 400, "PRT-541");
        problem(Api.as(partner.owner()).put(assignments + "/" + collaboratorId,
                Map.of("productIds", List.of(UUID.randomUUID().toString()))), 400, "PRT-543");
        assertThat(ok(Api.as(partner.owner()).get(assignments), 200).path("items")).as("a refusal assigns nothing")
                .isEmpty();

        JsonNode assigned = ok(Api.as(partner.owner()).put(assignments + "/" + collaboratorId,
                Map.of("productIds", List.of(ids.get(one)))), 200);
        assertThat(assigned.path("loginId").asText()).isEqualToIgnoringCase(collaborator.email());
        assertThat(Http.texts(assigned.path("productIds"))).containsExactly(ids.get(one));
        ok(addRecord(collaborator, oneDns, "assigned"), 201);
        problem(addRecord(collaborator, twoDns, "unassigned"), 403, "TEN-135");
        assertThat(ok(Api.as(partner.owner()).get(assignments), 200).path("items")).hasSize(1);
        String clientGroup = "/partners/" + partner.organization() + "/clients/" + client.organization() + "/limited";
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Keycloak.groupPaths(collaborator).contains(clientGroup));

        String clientSide = Portal.organization(client.organization()) + "/partner-relationships/" + relationship;
        problem(Api.as(client.owner()).get(clientSide + "/assignments"), 403, "PRT-545");
        ok(Api.as(client.owner()).put(clientSide + "/access", Map.of("access", Map.of("full", false, "products",
                List.of(grant("domains", ids.get(two), true, false))))), 200);
        problem(addRecord(collaborator, oneDns, "narrowed"), 403, "TEN-135");
        problem(addRecord(collaborator, twoDns, "narrowed"), 403, "TEN-135");

        assertThat(ok(Api.as(client.owner()).get(clientSide + "/ending-preview"), 200).path("assignmentsEnding")
                .asInt()).as("the preview counts the assigned users who stop acting").isEqualTo(1);
        ok(Api.as(partner.owner()).delete(assignments + "/" + collaboratorId), 204);
        problem(Api.as(partner.owner()).delete(assignments + "/" + collaboratorId), 404, "PRT-544");
        problem(addRecord(collaborator, twoDns, "after"), 404, "TEN-101");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !Keycloak.groupPaths(collaborator).contains(clientGroup));
    }
}
