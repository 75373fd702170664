package ch.partnerportal.system.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test's view of Keycloak: users made per test, tokens, what the portal projected (organizations,
 * members, groups), and stopping and starting the server through realm/keycloak.sh.
 */
public final class Keycloak {

    public static final String PASSWORD = "It-Secret-2026!";

    private static String adminToken;
    private static Instant adminTokenExpiry = Instant.EPOCH;

    private Keycloak() {
    }

    public record Token(String accessToken, Instant expiresAt) {
    }

    /** A unique e-mail address nobody used before, also across runs on the same database. */
    public static String newEmail() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ch";
    }

    public static TestUser createUser() {
        return createUser(newEmail());
    }

    /** Creates an enabled, verified account with a permanent password in the partnerportal realm. */
    public static TestUser createUser(String email) {
        String local = email.substring(0, email.indexOf('@'));
        String firstName = "Test";
        String lastName = "User " + local;
        Map<String, Object> user = Map.of("username", email, "email", email, "firstName", firstName,
                "lastName", lastName, "enabled", true, "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        Http.Reply reply = admin("POST", "/users", user);
        if (reply.status() != 201) {
            throw new IllegalStateException("Keycloak did not create " + email + ": " + reply);
        }
        String location = reply.header("Location");
        return new TestUser(email, PASSWORD, firstName, lastName, location.substring(location.lastIndexOf('/') + 1));
    }

    /** A new account with the realm role of the provider's platform administrators. */
    public static TestUser createPlatformAdmin() {
        TestUser user = createUser();
        JsonNode role = ok(admin("GET", "/roles/platform-admin", null));
        Http.Reply granted = admin("POST", "/users/" + user.keycloakId() + "/role-mappings/realm",
                List.of(Map.of("id", role.path("id").asText(), "name", "platform-admin")));
        if (granted.status() != 204) {
            throw new IllegalStateException("Keycloak did not make " + user + " a platform admin: " + granted);
        }
        return user;
    }

    /**
     * A new account that administers the partnerportal realm in Keycloak's own console (realm-admin
     * of realm-management), as a provider's identity team would have.
     */
    public static TestUser createRealmAdministrator() {
        TestUser user = createUser();
        String realmManagement = ok(admin("GET", "/clients?clientId=realm-management", null)).get(0).path("id").asText();
        JsonNode role = ok(admin("GET", "/clients/" + realmManagement + "/roles/realm-admin", null));
        Http.Reply granted = admin("POST", "/users/" + user.keycloakId() + "/role-mappings/clients/" + realmManagement,
                List.of(Map.of("id", role.path("id").asText(), "name", "realm-admin")));
        if (granted.status() != 204) {
            throw new IllegalStateException("Keycloak did not make " + user + " a realm administrator: " + granted);
        }
        return user;
    }

    /** A call of Keycloak's admin API as a realm administrator of the partnerportal realm (what its console sends). */
    public static Http.Reply adminAs(TestUser administrator, String method, String path, Object body) {
        Map<String, String> headers = Http.headers("Authorization",
                "Bearer " + passwordGrant(administrator.email(), administrator.password(), "admin-cli").accessToken());
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return Http.send(method, Env.KEYCLOAK_URL + "/admin/realms/" + Env.REALM + path, headers,
                body == null ? null : Http.json(body));
    }

    /** The id of a realm group by its path, for example /organizations/&lt;id&gt;/administrator. */
    public static String groupId(String path) {
        return ok(admin("GET", "/group-by-path" + path, null)).path("id").asText();
    }

    /** The claims of an access token, read without checking its signature (the test asked for it). */
    public static JsonNode claims(String jwt) {
        try {
            return Http.JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("unreadable token", unreadable);
        }
    }

    public static Token passwordGrant(String username, String password) {
        return passwordGrant(username, password, "portal-cli");
    }

    public static Token passwordGrant(String username, String password, String client) {
        Http.Reply reply = Http.send("POST", realmUrl(Env.REALM) + "/protocol/openid-connect/token",
                Http.headers("Content-Type", "application/x-www-form-urlencoded"),
                Http.form(Map.of("grant_type", "password", "client_id", client,
                        "username", username, "password", password)));
        if (reply.status() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + reply);
        }
        JsonNode json = reply.json();
        return new Token(json.path("access_token").asText(),
                Instant.now().plusSeconds(json.path("expires_in").asLong(60)));
    }

    /** A service account's token (client credentials), for example the mail system's. */
    public static String serviceToken(String client, String secret) {
        Http.Reply reply = Http.send("POST", realmUrl(Env.REALM) + "/protocol/openid-connect/token",
                Http.headers("Content-Type", "application/x-www-form-urlencoded"),
                Http.form(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret)));
        if (reply.status() != 200) {
            throw new IllegalStateException("No token for " + client + ": " + reply);
        }
        return reply.json().path("access_token").asText();
    }

    /** Whether Keycloak signs this user in with this password. */
    public static boolean signsIn(String username, String password) {
        return Http.send("POST", realmUrl(Env.REALM) + "/protocol/openid-connect/token",
                Http.headers("Content-Type", "application/x-www-form-urlencoded"),
                Http.form(Map.of("grant_type", "password", "client_id", "portal-cli",
                        "username", username, "password", password))).status() == 200;
    }

    /** Changes a user's login password in Keycloak, as the user's own reset would. */
    public static void setPassword(TestUser user, String password) {
        Http.Reply reply = admin("PUT", "/users/" + user.keycloakId() + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
        if (reply.status() != 204) {
            throw new IllegalStateException("Keycloak did not change the password of " + user + ": " + reply);
        }
    }

    /** The Keycloak organization whose alias is the portal organization's id. */
    public static Optional<String> organizationByAlias(String alias) {
        for (JsonNode organization : ok(admin("GET", "/organizations?briefRepresentation=true&max=10000", null))) {
            if (alias.equals(organization.path("alias").asText())) {
                return Optional.of(organization.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** E-mail addresses (user names) of a Keycloak organization's members. */
    public static Set<String> memberEmails(String keycloakOrganizationId) {
        Set<String> emails = new HashSet<>();
        ok(admin("GET", "/organizations/" + keycloakOrganizationId + "/members?max=10000", null))
                .forEach(member -> emails.add(member.path("username").asText()));
        return emails;
    }

    /** The members of the portal organization as Keycloak sees them; empty while it is not projected. */
    public static Set<String> projectedMembers(String portalOrganizationId) {
        return organizationByAlias(portalOrganizationId).map(Keycloak::memberEmails).orElse(Set.of());
    }

    /** The realm roles in a fresh access token of the user ({@code realm_access.roles}). */
    public static Set<String> realmRoles(TestUser user) {
        Set<String> roles = new HashSet<>();
        claims(passwordGrant(user.email(), user.password()).accessToken()).path("realm_access").path("roles")
                .forEach(role -> roles.add(role.asText()));
        return roles;
    }

    /** Paths of the realm groups a user is in, for example /organizations/&lt;id&gt;/collaborator. */
    public static Set<String> groupPaths(TestUser user) {
        Set<String> paths = new HashSet<>();
        ok(admin("GET", "/users/" + user.keycloakId() + "/groups?max=10000&briefRepresentation=false", null))
                .forEach(group -> paths.add(group.path("path").asText()));
        return paths;
    }

    /**
     * Keycloak mirrors the portal organization: exactly these members, each in the group of their role
     * and in no other role group of the organization; former members in none of its groups.
     */
    public static void assertProjected(String portalOrganizationId, Map<TestUser, String> roles,
                                       TestUser... formerMembers) {
        String prefix = "/organizations/" + portalOrganizationId + "/";
        roles.forEach((user, role) -> assertThat(groupPaths(user)).as("groups of " + user)
                .filteredOn(path -> path.startsWith(prefix) && !path.startsWith(prefix + "permissions/"))
                .containsExactly(prefix + role));
        for (TestUser former : formerMembers) {
            assertThat(groupPaths(former)).as("groups of " + former).noneMatch(path -> path.startsWith(prefix));
        }
        assertThat(projectedMembers(portalOrganizationId)).as("members of the Keycloak organization")
                .containsExactlyInAnyOrderElementsOf(roles.keySet().stream().map(TestUser::email).toList());
    }

    public static boolean isReady() {
        try {
            return Http.send("GET", "http://127.0.0.1:" + Env.KEYCLOAK_MANAGEMENT_PORT + "/health/ready",
                    Map.of(), null).status() == 200;
        } catch (RuntimeException notListening) {
            return false;
        }
    }

    public static void stop() {
        script("stop");
    }

    /** Starts Keycloak unless it is ready already; the script returns once it is ready. */
    public static void start() {
        script("start");
    }

    private static void script(String command) {
        File log = new File(Env.KEYCLOAK_BASE, "keycloak-script-" + command + ".log");
        log.getParentFile().mkdirs();
        ProcessBuilder builder = new ProcessBuilder("bash", Env.KEYCLOAK_SCRIPT, command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("KC_BASE", Env.KEYCLOAK_BASE);
        builder.environment().put("KC_PORT", Env.port(Env.KEYCLOAK_URL));
        builder.environment().put("KC_MGMT_PORT", Env.KEYCLOAK_MANAGEMENT_PORT);
        builder.environment().put("KC_SMTP_PORT", String.valueOf(Env.SMTP_PORT));
        try {
            Process process = builder.start();
            if (!process.waitFor(240, TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("keycloak.sh " + command + " did not finish; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keycloak.sh " + command + " failed (" + process.exitValue()
                        + "); see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("keycloak.sh " + command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("keycloak.sh " + command + " interrupted", e);
        }
    }

    /** An admin REST call on the partnerportal realm; a token refused after a restart is fetched again. */
    public static Http.Reply admin(String method, String path, Object body) {
        Http.Reply reply = adminCall(method, path, body);
        if (reply.status() == 401) {
            forgetAdminToken();
            reply = adminCall(method, path, body);
        }
        return reply;
    }

    private static Http.Reply adminCall(String method, String path, Object body) {
        Map<String, String> headers = Http.headers("Authorization", "Bearer " + adminToken());
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return Http.send(method, Env.KEYCLOAK_URL + "/admin/realms/" + Env.REALM + path, headers,
                body == null ? null : Http.json(body));
    }

    private static JsonNode ok(Http.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("Keycloak admin call failed: " + reply);
        }
        return reply.json();
    }

    private static synchronized String adminToken() {
        if (adminToken == null || Instant.now().plus(Duration.ofSeconds(15)).isAfter(adminTokenExpiry)) {
            Http.Reply reply = Http.send("POST", realmUrl("master") + "/protocol/openid-connect/token",
                    Http.headers("Content-Type", "application/x-www-form-urlencoded"),
                    Http.form(Map.of("grant_type", "password", "client_id", "admin-cli",
                            "username", "admin", "password", "admin")));
            if (reply.status() != 200) {
                throw new IllegalStateException("No Keycloak admin token: " + reply);
            }
            adminToken = reply.json().path("access_token").asText();
            adminTokenExpiry = Instant.now().plusSeconds(reply.json().path("expires_in").asLong(60));
        }
        return adminToken;
    }

    private static synchronized void forgetAdminToken() {
        adminToken = null;
    }

    private static String realmUrl(String realm) {
        return Env.KEYCLOAK_URL + "/realms/" + realm;
    }
}
