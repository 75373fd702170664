package ch.partnerportal.system.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps that many system tests take through the portal's API, each checked as it goes. */
public final class Portal {

    public static final String ORGANIZATIONS = "/api/1/organizations";

    private Portal() {
    }

    /** Buys the items by an approved card and answers the organization's product ids by label. */
    public static Map<String, String> buy(TestUser owner, String organization, List<Map<String, Object>> items) {
        String order = ok(Api.as(owner).post(organization(organization) + "/orders", Map.of("items", items)), 201)
                .path("id").asText();
        ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(organization(organization) + "/orders/" + order + "/payment",
                        Map.of("method", "card", "cardNumber", "4242 4242 4242 4242")), 200);
        Map<String, String> ids = new HashMap<>();
        ok(Api.as(owner).get(organization(organization) + "/products"), 200).path("items")
                .forEach(p -> ids.put(p.path("label").asText(), p.path("id").asText()));
        return ids;
    }

    /** The user's own organization made a partner of the programme: applied with a commitment, approved by the admin. */
    public static String approvedPartner(TestUser owner, TestUser platformAdmin) {
        String organization = ownOrganization(owner);
        String version = ok(Api.as(owner).get("/api/1/partner-programme/conditions"), 200).path("version").asText();
        String application = ok(Api.as(owner).post(organization(organization) + "/partner-application",
                Map.of("registerCountry", "CH", "registerNumber", "CHE-109.322.551", "website", "https://www.reseller.ch",
                        "acceptedConditions", version, "committedValue", "2400")), 201)
                .path("application").path("id").asText();
        ok(Api.as(platformAdmin).post("/api/1/partner-applications/" + application + "/approval",
                Map.of("reason", "Register and website checked")), 200);
        return organization;
    }

    /** The client authorizes the partner with this access, until the day given or not, and the partner accepts. */
    public static String activeRelationship(Side client, Side partner, Map<String, Object> access, String endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnerOrganizationId", partner.organization());
        body.put("access", access);
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        String id = ok(Api.as(client.owner()).post(organization(client.organization())
                + "/partner-relationships/partner-authorizations", body), 201).path("id").asText();
        ok(Api.as(partner.owner()).post(organization(partner.organization()) + "/partner-relationships/"
                + id + "/acceptance", Map.of()), 200);
        return id;
    }

    public static String organization(String id) {
        return ORGANIZATIONS + "/" + id;
    }

    public static String users(String organizationId) {
        return organization(organizationId) + "/users";
    }

    public static String invitations(String organizationId) {
        return organization(organizationId) + "/invitations";
    }

    public static String invitationLink(String token) {
        return "/api/1/invitations/" + Http.encode(token);
    }

    /** A 2xx answer's JSON; anything else fails the test with the whole answer. */
    public static JsonNode ok(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.json();
    }

    /** A refusal as application/problem+json with the given status and code; answers its JSON. */
    public static JsonNode problem(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("code").asText()).as(reply.toString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).as(reply.toString()).isEqualTo(status);
        assertThat(problem.path("type").asText()).as(reply.toString()).isNotBlank();
        assertThat(problem.path("title").asText()).as(reply.toString()).isNotBlank();
        assertThat(problem.path("detail").asText()).as(reply.toString()).isNotBlank();
        return problem;
    }

    /** The caller's organizations (the first call of a new user founds their own, ORG-1). */
    public static List<JsonNode> organizationsOf(TestUser user) {
        List<JsonNode> items = new ArrayList<>();
        ok(Api.as(user).get(ORGANIZATIONS), 200).path("items").forEach(items::add);
        return items;
    }

    /** A new user's own organization (ORG-1): they are its only member and legal representative. */
    public static String ownOrganization(TestUser user) {
        List<JsonNode> organizations = organizationsOf(user);
        assertThat(organizations).as("organizations of " + user).hasSize(1);
        assertThat(organizations.get(0).path("myRole").asText()).isEqualTo("legal-representative");
        return organizations.get(0).path("id").asText();
    }

    public static Http.Reply inviteReply(TestUser inviter, String organizationId, String email, String role,
                                         List<String> permissions, List<String> contacts) {
        return Api.as(inviter).post(invitations(organizationId), Map.of("email", email, "role", role,
                "permissions", permissions, "contacts", contacts, "language", "en"));
    }

    public static JsonNode invite(TestUser inviter, String organizationId, String email, String role,
                                  List<String> permissions, List<String> contacts) {
        return ok(inviteReply(inviter, organizationId, email, role, permissions, contacts), 201);
    }

    /**
     * A person new to the portal joins the organization through the whole invitation path (e-mail,
     * Keycloak account, acceptance) with the given role and no product permissions.
     */
    public static TestUser join(TestUser inviter, String organizationId, String role) {
        String email = Keycloak.newEmail();
        invite(inviter, organizationId, email, role, List.of(), List.of());
        String token = Mailbox.awaitInvitationToken(email);
        TestUser member = Keycloak.createUser(email);
        JsonNode joined = ok(Api.as(member).post(invitationLink(token) + "/acceptance", null), 200);
        assertThat(joined.path("id").asText()).isEqualTo(organizationId);
        assertThat(joined.path("myRole").asText()).isEqualTo(role);
        return member;
    }

    /** All members as one viewer sees them. */
    public static List<JsonNode> members(TestUser viewer, String organizationId) {
        JsonNode page = ok(Api.as(viewer).get(users(organizationId) + "?size=200"), 200);
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        assertThat(page.path("total").asLong()).isEqualTo(items.size());
        return items;
    }

    public static Optional<JsonNode> member(TestUser viewer, String organizationId, String email) {
        return members(viewer, organizationId).stream()
                .filter(m -> email.equalsIgnoreCase(m.path("email").asText())).findFirst();
    }

    public static String accountId(TestUser viewer, String organizationId, TestUser member) {
        return member(viewer, organizationId, member.email())
                .orElseThrow(() -> new AssertionError(member + " is not a member of " + organizationId))
                .path("accountId").asText();
    }

    /** E-mail addresses of the pending invitations, as a manager sees them. */
    public static List<String> pendingInvitations(TestUser manager, String organizationId) {
        List<String> emails = new ArrayList<>();
        ok(Api.as(manager).get(invitations(organizationId)), 200).path("items")
                .forEach(i -> emails.add(i.path("email").asText()));
        return emails;
    }
}
