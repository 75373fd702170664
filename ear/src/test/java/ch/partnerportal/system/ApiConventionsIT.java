package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Conventions of the whole API: documented response codes (API-3) and HTTP methods (API-5). */
class ApiConventionsIT {

    @Test
    void API_3_theOpenApiDocumentListsThePathsAndTheirRefusals() {
        Http.Reply reply = Http.send("GET", Env.PORTAL_URL + "/openapi", Map.of("Accept", "application/json"), null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var document = reply.json();
        assertThat(document.path("info").path("title").asText()).isEqualTo("Partner portal API");
        assertThat(document.path("servers").toString()).contains("/api");
        var users = document.path("paths").path("/1/organizations/{organization}/users");
        assertThat(users.isMissingNode()).as("users path in " + document.path("paths").fieldNames()).isFalse();
        assertThat(users.path("delete").path("responses").path("409").path("description").asText())
                .contains("TEN-104");
        assertThat(users.path("get").path("responses").path("401").path("description").asText())
                .contains("API-002");
    }

    @Test
    void API_5_aMethodAPathDoesNotTakeIsRefusedAsAProblem() {
        TestUser user = Keycloak.createUser();
        String organization = Portal.ownOrganization(user);
        Http.Reply put = Api.as(user).send("PUT", Portal.organization(organization), "{\"name\":\"X\"}",
                "application/json");
        Portal.problem(put, 405, "API-005");
        Http.Reply post = Api.as(user).send("POST", Portal.users(organization), "{}", "application/json");
        Portal.problem(post, 405, "API-005");
        Http.Reply xml = Api.as(user).send("PATCH", Portal.organization(organization), "<name/>", "application/xml");
        Portal.problem(xml, 415, "API-006");
        assertThat(Portal.organizationsOf(user).get(0).path("name").asText()).isNotEqualTo("X");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAlsoRefusalsAndTheContainersOwn() {
        TestUser user = Keycloak.createUser();
        String organization = Portal.ownOrganization(user);
        for (Http.Reply reply : new Http.Reply[] {
                Api.as(user).get(Portal.organization(organization)),
                Api.anonymous().get("/api/1/organizations"),
                Api.as(user).get("/api/1/no-such-path"),
                Http.send("GET", Env.PORTAL_URL + "/console/", Map.of("Accept-Language", "de"), null)}) {
            assertThat(reply.header("Content-Security-Policy")).as(reply.request()).contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Content-Type-Options")).as(reply.request()).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(reply.request()).isEqualTo("strict-origin-when-cross-origin");
            assertThat(reply.header("Permissions-Policy")).as(reply.request()).contains("camera=()");
            assertThat(reply.header("Strict-Transport-Security")).as("only over https").isEmpty();
        }
        Http.Reply page = Http.send("GET", Env.PORTAL_URL + "/console/", Map.of("Accept-Language", "de"), null);
        assertThat(page.headers().allValues("Content-Security-Policy")).as("PrimeFaces' nonce policy beside ours")
                .anySatisfy(policy -> assertThat(policy).containsPattern("script-src 'self' 'nonce-[^']+'"));
        assertThat(page.text()).contains("<html lang=\"de\"");
    }

    /** A path the web container refuses before JAX-RS sees it is a problem with a code like any refusal. */
    @Test
    void API_3_theContainersOwnRefusalsAreProblemsWithACode() {
        for (String path : new String[] {"/api/1/organizations/a%2Fb", "/api/1/organizations/..%2F..",
                "/api/1/organizations/x%2e%2e", "/api/1/organizations/a%5Cb", "/api/1/organizations/%c0",
                "/api/1/organizations/a%23b"}) {
            Http.Reply reply = Http.raw("GET", path, Map.of("Accept-Language", "fr"));
            Portal.problem(reply, 400, "API-014");
            assertThat(reply.header("Content-Language")).isEqualTo("fr");
            assertThat(reply.header("Content-Security-Policy")).as(path).contains("default-src 'none'");
            assertNamesNoInternals(reply);
        }
    }

    /**
     * Liberty's web container itself refuses a path it cannot decode or with a control character
     * ({@code %00}, a cut escape), before choosing an application; its answer cannot be replaced from
     * inside the server (see the API's package description). It still names no class and shows no frame.
     */
    @Test
    void API_3_aPathNoApplicationReceivesNamesNoClassAndShowsNoFrame() {
        for (String path : new String[] {"/api/1/organizations/a%00b", "/api/%", "/api/1/organizations/%zz",
                "/api/1/organizations/a%0Ab"}) {
            Http.Reply reply = Http.raw("GET", path, Map.of("Accept", "application/json"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertNamesNoInternals(reply);
        }
    }

    private static void assertNamesNoInternals(Http.Reply reply) {
        assertThat(reply.text()).as(reply.toString())
                .doesNotContainPattern("(java|jakarta|javax|com\\.ibm|org\\.apache)\\.[a-z]+\\.")
                .doesNotContainPattern("\\bat [a-zA-Z_$.]+\\(")
                .doesNotContain("Exception").doesNotContain("SRVE");
    }
}
