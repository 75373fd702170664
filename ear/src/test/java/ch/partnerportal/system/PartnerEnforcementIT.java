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
import java.util.Optional;
import java.util.UUID;
import jakarta.mail.internet.MimeMessage;

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

    private static String activeRelationship(Side client, Side partner, Map<String, Object> access) {
        return Portal.activeRelationship(client, partner, access, null);
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
        assertThat(byPartner).as("each added record, as its zone-file line, and nothing before it")
                .allSatisfy(entry -> {
                    assertThat(entry.path("before").isNull()).isTrue();
                    assertThat(entry.path("after").asText()).contains(" IN A 192.0.2.44");
                });
        assertThat(byPartner).extracting(entry -> entry.path("after").asText())
                .anySatisfy(after -> assertThat(after).startsWith("shop." + tended + "."));

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
                    "detail", "before", "after");
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
        problem(Api.as(partner.owner()).post(elevations(client), elevation(Map.of("full", true), 1, "More")), 409,
                "PRT-548");

        String hosting = Portal.buy(client.owner(), client.organization(),
                List.of(Map.of("type", "web-hosting", "label", "www." + later, "years", 1))).get("www." + later);
        String sites = product(client, hosting) + "/web-hosting/sites";
        String site = ok(Api.as(partner.owner()).post(sites, Map.of("hostName", "shop." + later, "phpVersion", "8.3")),
                201).path("id").asText();
        ok(Api.as(partner.owner()).put(sites + "/" + site + "/php", Map.of("phpVersion", "8.4")), 200);
        ok(Api.as(partner.owner()).delete(sites + "/" + site), 204);
        List<String> steps = new ArrayList<>();
        ok(Api.as(client.owner()).get(Portal.organization(client.organization()) + "/audit-trail?actorKind=partner"),
                200).path("items").forEach(entry -> steps.add(entry.path("before").asText("-") + " => "
                + entry.path("after").asText("-")));
        assertThat(steps).as("what each change found and left, newest first").startsWith(
                "site shop." + later + " PHP 8.4 => -",
                "site shop." + later + " PHP 8.3 => site shop." + later + " PHP 8.4",
                "- => site shop." + later + " PHP 8.3");
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

        String actingFor = Portal.organization(partner.organization()) + "/partner-clients";
        assertThat(ok(Api.as(collaborator).get(actingFor), 200).path("items")).as("assigned to no client yet").isEmpty();
        assertThat(ok(Api.as(partner.owner()).get(actingFor), 200).path("items").findValuesAsText("clientOrganizationId"))
                .as("a legal representative acts for every client").containsExactly(client.organization());
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
        JsonNode acting = ok(Api.as(collaborator).get(actingFor), 200).path("items");
        assertThat(acting.findValuesAsText("relationshipId")).containsExactly(relationship);
        assertThat(acting.get(0).path("full").asBoolean()).isFalse();
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

    private static String elevations(Side client) {
        return Portal.organization(client.organization()) + "/partner-elevations";
    }

    private static Map<String, Object> elevation(Map<String, Object> access, Object hours, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("access", access);
        body.put("hours", hours);
        body.put("reason", reason);
        return body;
    }

    private static MimeMessage mail(TestUser user, String subjectPart) {
        return Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox.messagesTo(user.email()).stream()
                .filter(m -> Mailbox.subject(m).contains(subjectPart)).findFirst(), Optional::isPresent).orElseThrow();
    }

    /**
     * Runs the portal's clock that far ahead, which also records what the hours decided; {@link #clockBack}
     * in a finally block puts it back.
     */
    private static void clockAhead(Duration by) {
        ok(Api.as(ADMIN).put("/api/1/platform/clock", Map.of("aheadSeconds", (int) by.toSeconds())), 200);
    }

    private static void clockBack() {
        ok(Api.as(ADMIN).put("/api/1/platform/clock", Map.of("aheadSeconds", 0)), 200);
    }

    private static List<JsonNode> trail(Side client, String subject) {
        List<JsonNode> entries = new ArrayList<>();
        ok(Api.as(client.owner()).get(Portal.organization(client.organization()) + "/audit-trail"), 200)
                .path("items").forEach(entry -> {
                    if (entry.path("subject").asText().equals(subject)) {
                        entries.add(entry);
                    }
                });
        return entries;
    }

    @Test
    void PAR_4_anApprovedElevationReachesMoreForItsHoursThenEndsByItselfAndEveryStepIsAudited() {
        Side partner = partner();
        Side client = client();
        TestUser clientAdministrator = Portal.join(client.owner(), client.organization(), "administrator");
        TestUser unassigned = Portal.join(partner.owner(), partner.organization(), "collaborator");
        String watched = domain("watched");
        String other = domain("other");
        Map<String, String> ids = Portal.buy(client.owner(), client.organization(), List.of(
                Map.of("type", "domain-ch", "label", watched, "years", 1),
                Map.of("type", "domain-ch", "label", other, "years", 1)));
        activeRelationship(client, partner, Map.of("full", false, "products",
                List.of(grant("domains", ids.get(watched), false, true))));
        String watchedDns = product(client, ids.get(watched)) + "/dns";
        String otherDns = product(client, ids.get(other)) + "/dns";
        String list = elevations(client);
        Map<String, Object> allDomains = Map.of("full", false, "products",
                List.of(grant("domains", null, true, false)));
        Api partnerOwner = Api.as(partner.owner());
        problem(addRecord(partner.owner(), watchedDns, "before"), 403, "TEN-135");

        problem(partnerOwner.post(list, elevation(allDomains, 9, "All night")), 400, "PRT-546");
        problem(partnerOwner.post(list, elevation(allDomains, 2, " ")), 400, "PRT-547");
        problem(partnerOwner.post(list, elevation(Map.of("full", false, "products",
                List.of(grant("domains", UUID.randomUUID().toString(), true, false))), 2, "Not theirs")), 400, "PRT-530");
        problem(partnerOwner.post(list, elevation(Map.of("full", false, "products",
                List.of(grant("mail", ids.get(other), true, false))), 2, "Wrong category")), 400, "PRT-531");
        problem(partnerOwner.post(list, elevation(Map.of("full", true, "billingEntrusted", true), 2, "Pay")), 400,
                "PRT-529");
        problem(Api.as(client.owner()).post(list, elevation(allDomains, 2, "A member")), 409, "PRT-549");
        problem(Api.as(unassigned).post(list, elevation(allDomains, 2, "Not assigned")), 404, "TEN-101");
        problem(Api.as(unassigned).get(list), 404, "TEN-101");
        assertThat(ok(Api.as(client.owner()).get(list), 200).path("items")).as("a refusal asks nothing").isEmpty();

        JsonNode asked = ok(partnerOwner.post(list, elevation(allDomains, 2, "The shop's DNS must change today")), 201);
        String id = asked.path("id").asText();
        assertThat(asked.path("status").asText()).isEqualTo("pending");
        assertThat(Http.texts(asked.path("actions"))).containsExactly("end");
        problem(partnerOwner.post(list, elevation(allDomains, 1, "Again")), 409, "PRT-550");
        problem(addRecord(partner.owner(), watchedDns, "pending"), 403, "TEN-135");
        MimeMessage told = mail(client.owner(), "asks for more access for 2 hours");
        assertThat(Mailbox.plainText(told)).contains("partners.xhtml?elevation=" + id)
                .contains("The shop's DNS must change today");

        problem(partnerOwner.post(list + "/" + id + "/approval", Map.of()), 403, "PRT-555");
        problem(Api.as(clientAdministrator).post(list + "/" + id + "/approval", Map.of()), 403, "TEN-134");
        assertThat(Http.texts(ok(Api.as(clientAdministrator).get(list + "/" + id), 200).path("actions")))
                .as("an administrator sees it, and decides nothing").isEmpty();
        JsonNode approved = ok(Api.as(client.owner()).post(list + "/" + id + "/approval",
                Map.of("note", "For today only")), 200);
        assertThat(approved.path("status").asText()).isEqualTo("approved");
        assertThat(java.time.Instant.parse(approved.path("endsAt").asText())).isEqualTo(
                java.time.Instant.parse(approved.path("answeredAt").asText()).plus(Duration.ofHours(2)));
        problem(Api.as(client.owner()).post(list + "/" + id + "/approval", Map.of()), 409, "PRT-552");
        mail(partner.owner(), "approved your elevation");

        ok(addRecord(partner.owner(), watchedDns, "elevated"), 201);
        ok(addRecord(partner.owner(), otherDns, "elevated"), 201);
        ok(Api.as(partner.owner()).get(product(client, ids.get(watched)) + "/statistics"), 200);
        problem(addRecord(unassigned, otherDns, "unassigned"), 404, "TEN-101");

        try {
            clockAhead(Duration.ofHours(2).plusMinutes(1));
            problem(addRecord(partner.owner(), otherDns, "after its hours"), 403, "TEN-135");
            assertThat(ok(partnerOwner.get(list + "/" + id), 200).path("status").asText()).isEqualTo("ended");
        } finally {
            clockBack();
        }
        assertThat(ok(partnerOwner.get(list + "/" + id), 200).path("status").asText())
                .as("its end is recorded, not only computed").isEqualTo("ended");
        problem(addRecord(partner.owner(), otherDns, "back"), 403, "TEN-135");

        List<JsonNode> steps = trail(client, "elevation " + id);
        assertThat(steps).extracting(entry -> entry.path("action").asText())
                .containsExactly("elevation-ended", "elevation-approved", "elevation-requested");
        assertThat(steps).extracting(entry -> entry.path("actorKind").asText())
                .containsExactly("partner", "member", "partner");
        assertThat(steps.get(0).path("detail").asText()).contains("ended by itself");
        assertThat(steps.get(2).path("detail").asText()).contains("domains (all) technical for 2 h")
                .contains("The shop's DNS must change today");
        List<JsonNode> changes = new ArrayList<>();
        ok(Api.as(client.owner()).get(Portal.organization(client.organization()) + "/audit-trail?actorKind=partner"),
                200).path("items").forEach(entry -> {
                    if (entry.path("action").asText().equals("partner-change")) {
                        changes.add(entry);
                    }
                });
        assertThat(changes).as("the changes made under the elevation say so").hasSize(2)
                .allSatisfy(entry -> assertThat(entry.path("detail").asText()).contains("under elevation " + id));
    }

    @Test
    void PAR_4_theClientEndsAnElevationSoonerAndARequestNobodyAnswersLapses() {
        Side partner = partner();
        Side client = client();
        String kept = domain("kept");
        Map<String, String> ids = Portal.buy(client.owner(), client.organization(), List.of(
                Map.of("type", "domain-ch", "label", kept, "years", 1)));
        activeRelationship(client, partner, Map.of("full", false, "products",
                List.of(grant("domains", ids.get(kept), false, true))));
        String dns = product(client, ids.get(kept)) + "/dns";
        String list = elevations(client);
        Api partnerOwner = Api.as(partner.owner());

        String full = ok(partnerOwner.post(list, elevation(Map.of("full", true), 4, "Moving every site")), 201)
                .path("id").asText();
        ok(Api.as(client.owner()).post(list + "/" + full + "/approval", Map.of()), 200);
        ok(addRecord(partner.owner(), dns, "full"), 201);
        problem(partnerOwner.post(list, elevation(Map.of("full", true), 1, "More")), 409, "PRT-550");
        JsonNode ended = ok(Api.as(client.owner()).post(list + "/" + full + "/ending", Map.of()), 200);
        assertThat(ended.path("status").asText()).isEqualTo("ended");
        assertThat(ended.path("endedBy").asText()).isEqualToIgnoringCase(client.owner().email());
        problem(addRecord(partner.owner(), dns, "ended"), 403, "TEN-135");
        problem(Api.as(client.owner()).post(list + "/" + full + "/ending", Map.of()), 409, "PRT-554");
        mail(partner.owner(), "ended your elevation");

        String unanswered = ok(partnerOwner.post(list, elevation(Map.of("full", true), 1, "Tomorrow")), 201)
                .path("id").asText();
        // delivered before the clock moves: nothing of this test waits on it then
        mail(client.owner(), "asks for more access for an hour");
        try {
            clockAhead(Duration.ofHours(24).plusMinutes(1));
            problem(Api.as(client.owner()).post(list + "/" + unanswered + "/approval", Map.of()), 410, "PRT-553");
        } finally {
            clockBack();
        }
        assertThat(ok(Api.as(client.owner()).get(list + "/" + unanswered), 200).path("status").asText())
                .isEqualTo("expired");
        assertThat(trail(client, "elevation " + unanswered)).extracting(entry -> entry.path("action").asText())
                .containsExactly("elevation-expired", "elevation-requested");
        assertThat(ok(Api.as(client.owner()).get(list), 200).path("items").findValuesAsText("status"))
                .containsExactly("expired", "ended");
    }

    @Test
    void PAR_5_fullAccessManagesTheClientsUsersButNeverItsLegalRepresentatives() {
        Side partner = partner();
        Side client = client();
        TestUser administrator = Portal.join(client.owner(), client.organization(), "administrator");
        TestUser collaborator = Portal.join(client.owner(), client.organization(), "collaborator");
        String kept = domain("kept");
        String productId = Portal.buy(client.owner(), client.organization(),
                List.of(Map.of("type", "domain-ch", "label", kept, "years", 1))).get(kept);
        String relationship = activeRelationship(client, partner, Map.of("full", false, "products",
                List.of(grant("domains", productId, true, true))));
        String users = Portal.users(client.organization());
        String ownerId = Portal.accountId(client.owner(), client.organization(), client.owner());
        String administratorId = Portal.accountId(client.owner(), client.organization(), administrator);
        String collaboratorId = Portal.accountId(client.owner(), client.organization(), collaborator);
        Api partnerOwner = Api.as(partner.owner());
        problem(partnerOwner.get(users), 404, "TEN-101");
        problem(partnerOwner.patch(users + "/" + collaboratorId, Map.of("role", "administrator")), 404, "TEN-101");

        ok(Api.as(client.owner()).put(Portal.organization(client.organization()) + "/partner-relationships/"
                + relationship + "/access", Map.of("access", Map.of("full", true))), 200);
        assertThat(ok(partnerOwner.get(users), 200).path("items").findValuesAsText("email"))
                .as("the client's users, and no partner user among them").containsExactlyInAnyOrder(
                        client.owner().email().toLowerCase(), administrator.email().toLowerCase(),
                        collaborator.email().toLowerCase());
        ok(partnerOwner.get(users + "/" + ownerId), 200);

        problem(partnerOwner.patch(users + "/" + ownerId, Map.of("role", "collaborator")), 403, "TEN-136");
        problem(partnerOwner.patch(users + "/" + collaboratorId, Map.of("role", "legal-representative")), 403,
                "TEN-136");
        problem(partnerOwner.delete(users + "/" + ownerId), 403, "TEN-136");
        problem(partnerOwner.post(Portal.invitations(client.organization()), Map.of("email",
                "new-" + UUID.randomUUID() + "@example.ch", "role", "legal-representative")), 403, "TEN-136");
        JsonNode changed = ok(partnerOwner.patch(users + "/" + collaboratorId,
                Map.of("role", "administrator", "contacts", List.of("technical"))), 200);
        assertThat(changed.path("role").asText()).isEqualTo("administrator");
        String invited = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ch";
        ok(partnerOwner.post(Portal.invitations(client.organization()), Map.of("email", invited,
                "role", "collaborator")), 201);
        assertThat(ok(partnerOwner.get(Portal.invitations(client.organization())), 200).path("items")
                .findValuesAsText("email")).contains(invited);
        ok(partnerOwner.delete(users + "/" + administratorId), 204);
        assertThat(Portal.members(client.owner(), client.organization())).extracting(m -> m.path("email").asText())
                .containsExactlyInAnyOrder(client.owner().email().toLowerCase(), collaborator.email().toLowerCase());

        List<String> trail = new ArrayList<>();
        ok(Api.as(client.owner()).get(Portal.organization(client.organization()) + "/audit-trail?actorKind=partner"),
                200).path("items").forEach(entry -> trail.add(entry.path("action").asText() + " "
                + entry.path("subject").asText() + ": " + entry.path("detail").asText()));
        JsonNode lastChange = ok(Api.as(client.owner()).get(Portal.organization(client.organization())
                + "/audit-trail?actorKind=partner"), 200).path("items").get(2);
        assertThat(lastChange.path("before").asText())
                .isEqualTo("role: collaborator; permissions: none; contacts: none");
        assertThat(lastChange.path("after").asText())
                .isEqualTo("role: administrator; permissions: none; contacts: technical");
        assertThat(trail).as("each change with what was before and after, none of the refused ones")
                .containsExactly(
                        "member-removed " + administrator.email().toLowerCase() + ": role: administrator → none",
                        "member-invited " + invited + ": role: none → collaborator",
                        "member-changed " + collaborator.email().toLowerCase()
                                + ": role: collaborator → administrator; contacts: none → technical");
    }
}
