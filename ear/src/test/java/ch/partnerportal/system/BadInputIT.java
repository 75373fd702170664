package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.ConsoleLogin;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ch.partnerportal.system.support.Portal.ORGANIZATIONS;
import static ch.partnerportal.system.support.Portal.invitations;
import static ch.partnerportal.system.support.Portal.invite;
import static ch.partnerportal.system.support.Portal.inviteReply;
import static ch.partnerportal.system.support.Portal.members;
import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.organization;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static ch.partnerportal.system.support.Portal.pendingInvitations;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Refused input is answered with a problem and leaves nothing stored. */
@ExtendWith(Mailbox.class)
class BadInputIT {

    private static TestUser owner;
    private static String org;
    private static JsonNode original;

    @BeforeAll
    static void anOrganization() {
        owner = Keycloak.createUser();
        org = ownOrganization(owner);
        original = ok(Api.as(owner).get(organization(org)), 200);
    }

    @Test
    void ORG_4_invalidEMailAddressesAreRefused() {
        int pendingBefore = pendingInvitations(owner, org).size();

        for (String email : List.of("not-an-address", "two@@example.ch", "no-domain@example", "spaced out@example.ch",
                "")) {
            problem(inviteReply(owner, org, email, "collaborator", List.of(), List.of()), 400, "TEN-106");
        }
        problem(Api.as(owner).post(invitations(org), Map.of("role", "collaborator")), 400, "TEN-106");

        assertThat(pendingInvitations(owner, org)).hasSize(pendingBefore);
    }

    @Test
    void ORG_4_aMemberOrAPendingAddressCannotBeInvitedTwice() {
        problem(inviteReply(owner, org, owner.email().toUpperCase(), "administrator", List.of(), List.of()),
                409, "TEN-110");

        String email = Keycloak.newEmail();
        invite(owner, org, email, "collaborator", List.of("mail"), List.of());
        problem(inviteReply(owner, org, email, "administrator", List.of(), List.of()), 409, "TEN-111");

        List<JsonNode> pending = new ArrayList<>();
        ok(Api.as(owner).get(invitations(org)), 200).path("items").forEach(pending::add);
        assertThat(pending).extracting(i -> i.path("email").asText()).containsOnlyOnce(email);
        assertThat(pending).filteredOn(i -> i.path("email").asText().equals(email))
                .extracting(i -> i.path("role").asText()).containsExactly("collaborator");
        assertThat(members(owner, org)).hasSize(1);
    }

    @Test
    void ORG_3_unknownRolesAreRefused() {
        String email = Keycloak.newEmail();

        problem(inviteReply(owner, org, email, "owner", List.of(), List.of()), 400, "TEN-109");
        problem(Api.as(owner).post(invitations(org), Map.of("email", email)), 400, "TEN-109");
        String ownerId = members(owner, org).get(0).path("accountId").asText();
        problem(Api.as(owner).patch(organization(org) + "/users/" + ownerId, Map.of("role", "king")), 400, "TEN-109");

        assertThat(pendingInvitations(owner, org)).doesNotContain(email);
        assertThat(members(owner, org).get(0).path("role").asText()).isEqualTo("legal-representative");
    }

    @Test
    void ORG_3_theOrganizationNeedsANameOfAtMost100Characters() {
        Map<String, Object> nullName = new HashMap<>();
        nullName.put("name", null);

        problem(Api.as(owner).patch(organization(org), Map.of("name", "")), 400, "TEN-107");
        problem(Api.as(owner).patch(organization(org), Map.of("name", "   ", "city", "Bern")), 400, "TEN-107");
        problem(Api.as(owner).patch(organization(org), nullName), 400, "TEN-107");
        problem(Api.as(owner).patch(organization(org), Map.of("name", "x".repeat(101), "city", "Bern")), 400,
                "TEN-108");

        assertUnchanged();
    }

    @Test
    void API_3_malformedBodiesAreRefused() {
        Api api = Api.as(owner);
        String json = "application/json";
        String email = Keycloak.newEmail();

        List<Http.Reply> replies = List.of(
                api.send("PATCH", organization(org), "{\"name\": ", json),
                api.send("PATCH", organization(org), "", json),
                api.send("PATCH", organization(org), "[\"name\"]", json),
                api.send("POST", invitations(org), "not json at all", json),
                api.send("POST", invitations(org), "[{\"email\": \"" + email + "\"}]", json));

        assertThat(replies).allSatisfy(reply -> problem(reply, 400, "API-001"));
        problem(api.send("PATCH", organization(org), "{\"name\": 5}", json), 400, "API-012");
        JsonNode notAList = problem(api.send("POST", invitations(org), "{\"email\": \"" + email
                + "\", \"role\": \"collaborator\", \"permissions\": \"mail\"}", json), 400, "API-012");
        assertThat(notAList.path("fields").path(0).path("field").asText()).isEqualTo("permissions");

        assertUnchanged();
        assertThat(pendingInvitations(owner, org)).doesNotContain(email);
    }

    @Test
    void API_3_aBodyItsConstraintsRefuseNamesEveryFieldInErrorInTheReadersLanguage() {
        String slugs = "[" + "\"mail\", ".repeat(25) + "\"mail\"]";
        JsonNode refused = problem(Api.as(owner).inLanguage("de").send("POST", invitations(org), "{\"email\": \""
                + Keycloak.newEmail() + "\", \"role\": \"collaborator\", \"permissions\": " + slugs
                + ", \"contacts\": " + slugs + "}", "application/json"), 400, "API-016");

        assertThat(refused.path("fields").findValuesAsText("field")).containsExactly("contacts", "permissions");
        assertThat(refused.path("fields").findValuesAsText("code")).containsOnly("API-016");
        assertThat(refused.path("detail").asText()).as("Liberty's Bean Validation, in German")
                .startsWith("Das Feld «contacts» ist ungültig: ").contains("20");

        String deposit = "/api/1/organizations/" + org + "/prepaid-account/deposits/confirmation";
        JsonNode noAnswer = problem(Api.as(owner).withHeader("Idempotency-Key", "k-" + Keycloak.newEmail())
                .send("POST", deposit, "{}", "application/json"), 400, "API-016");
        assertThat(noAnswer.path("fields").path(0).path("field").asText()).isEqualTo("answer");
    }

    @Test
    void API_1_aBearerTokenIsRequired() {
        problem(Api.anonymous().get(ORGANIZATIONS), 401, "API-002");
        problem(Api.anonymous().get("/api/1/me"), 401, "API-002");
        problem(Api.anonymous().patch(organization(org), Map.of("name", "Anonymous")), 401, "API-002");
        String email = Keycloak.newEmail();
        problem(Api.anonymous().post(invitations(org), Map.of("email", email, "role", "collaborator")), 401,
                "API-002");
        String basic = Base64.getEncoder().encodeToString((owner.email() + ":" + Keycloak.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        problem(Api.anonymous().withHeader("Authorization", "Basic " + basic).get(ORGANIZATIONS), 401, "API-002");
        assertThat(Api.anonymous().withHeader("Authorization", "Bearer not.a.token").get(ORGANIZATIONS).status())
                .isEqualTo(401);

        assertUnchanged();
        assertThat(pendingInvitations(owner, org)).doesNotContain(email);
    }

    @Test
    void API_1_theConsolesLoginCookieAloneIsNoCredentialForTheApi() {
        String page = "/console/app/users.xhtml";
        String cookies = ConsoleLogin.cookies(owner, page);
        // The cookie is a real credential of the console: the page opens without another login.
        Http.Reply console = Http.send("GET", Env.PORTAL_URL + page, Http.headers("Cookie", cookies), null);
        assertThat(console.status()).as(console.request() + " with " + cookies).isEqualTo(200);

        Api cookieOnly = Api.anonymous().withHeader("Cookie", cookies);
        problem(cookieOnly.get(ORGANIZATIONS), 401, "API-002");
        problem(cookieOnly.patch(organization(org), Map.of("name", "Changed by cookie")), 401, "API-002");

        assertUnchanged();
    }

    @Test
    void API_2_unknownVersionsAreRefusedAndNoVersionMeansTheLatest() {
        problem(Api.as(owner).get("/api/2/organizations"), 404, "API-003");
        problem(Api.as(owner).get("/api/0/organizations/" + org), 404, "API-003");

        JsonNode latest = ok(Api.as(owner).get("/api/organizations/" + org), 200);
        assertThat(latest).isEqualTo(ok(Api.as(owner).get(organization(org)), 200));
    }

    @Test
    void ORG_4_eMailAddressesAreCheckedProperly() {
        int pendingBefore = pendingInvitations(owner, org).size();
        for (String email : List.of("a@b..ch", "<script>@x.ch", "\"anna rossi\"@example.ch", "anna@[192.0.2.1]",
                "anna@example.invalid", "anna\u202e@example.ch")) {
            Http.Reply reply = inviteReply(owner, org, email, "collaborator", List.of(), List.of());
            assertThat(reply.status()).as(email).isEqualTo(400);
            assertThat(reply.json().path("code").asText()).as(email).isIn("TEN-106", "TXT-001");
        }
        problem(inviteReply(owner, org, "a\u0000b@example.ch", "collaborator", List.of(), List.of()), 400, "TXT-001");
        assertThat(pendingInvitations(owner, org)).hasSize(pendingBefore);
    }

    @Test
    void API_3_textThatNobodyTypesIsRefusedAndTextIsNormalized() {
        Api api = Api.as(owner);
        for (String name : List.of("Acme\u0000", "Acme \u001b[31mAG", "Acme\r\nAG", "\u202eGA emcA", "Acme\u2066AG")) {
            problem(api.patch(organization(org), Map.of("name", name)), 400, "TXT-001");
        }
        problem(api.send("PATCH", organization(org), "{\"name\": \"Acme \\ud800 AG\"}", "application/json"), 400,
                "TXT-001");
        assertUnchanged();

        TestUser another = Keycloak.createUser();
        String own = ownOrganization(another);
        JsonNode renamed = ok(Api.as(another).patch(organization(own), Map.of("name", "  Cafe\u0301 Mu\u0308ller AG ")), 200);
        assertThat(renamed.path("name").asText()).as("NFC, trimmed").isEqualTo("Caf\u00e9 M\u00fcller AG");
    }

    @Test
    void API_3_closedVocabulariesUnknownFieldsAndPagingOutOfRangeAreRefusedWithTheFieldNamed() {
        Api api = Api.as(owner);
        int pendingBefore = pendingInvitations(owner, org).size();
        for (String language : List.of("klingon", "x".repeat(10_000), "de-CH", "")) {
            problem(api.post(invitations(org), Map.of("email", Keycloak.newEmail(), "role", "collaborator",
                    "language", language)), 400, "TEN-125");
        }
        JsonNode unknown = problem(api.patch(organization(org), Map.of("name", "Renamed", "nmae", "Typo")), 400,
                "API-011");
        assertThat(unknown.path("detail").asText()).contains("nmae");
        problem(api.post(invitations(org), Map.of("email", Keycloak.newEmail(), "rol", "collaborator")), 400, "API-011");
        assertThat(pendingInvitations(owner, org)).hasSize(pendingBefore);
        assertUnchanged();

        for (String query : List.of("first=-1", "size=0", "size=100000000", "sort=password", "descending=maybe",
                "first=abc", "search=" + "x".repeat(101))) {
            JsonNode refused = problem(api.get(organization(org) + "/users?" + query), 400, "API-013");
            assertThat(refused.path("detail").asText()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
        problem(api.get(organization(org) + "/users?search=%00"), 400, "TXT-001");
        assertThat(ok(api.get(organization(org) + "/users?first=0&size=200&sort=email&descending=true"), 200)
                .path("total").asInt()).isEqualTo(1);
    }

    private static void assertUnchanged() {
        assertThat(ok(Api.as(owner).get(organization(org)), 200)).isEqualTo(original);
    }
}
