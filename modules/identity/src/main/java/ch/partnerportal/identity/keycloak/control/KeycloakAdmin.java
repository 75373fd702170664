package ch.partnerportal.identity.keycloak.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keycloak's admin REST API through the plain Jakarta REST client, as the service account
 * {@code portal-identity-sync} (client credentials). Any answer other than 2xx is a
 * {@link KeycloakFailure}, which makes the outbox retry later.
 */
@ApplicationScoped
public class KeycloakAdmin {

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:18080")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = "partnerportal")
    String realm;

    @Inject
    @ConfigProperty(name = "portal.identity.sync.client", defaultValue = "portal-identity-sync")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.identity.sync.secret", defaultValue = "portal-identity-sync-dev-secret")
    String clientSecret;

    private Client client;
    private String token;
    private Instant tokenExpiry = Instant.EPOCH;

    /** The realm's public base address, for example http://localhost:18080/realms/partnerportal. */
    public String realmUrl() {
        return keycloakUrl + "/realms/" + realm;
    }

    private synchronized Client client() {
        if (client == null) {
            client = ClientBuilder.newBuilder()
                    .connectTimeout(3, TimeUnit.SECONDS)
                    .readTimeout(15, TimeUnit.SECONDS)
                    .build();
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpiry)) {
            return token;
        }
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", clientId)
                .param("client_secret", clientSecret);
        try (Response response = reachable(() -> client().target(keycloakUrl).path("realms").path(realm)
                .path("protocol/openid-connect/token").request(MediaType.APPLICATION_JSON)
                .post(Entity.form(form)))) {
            String body = response.readEntity(String.class);
            if (response.getStatus() != 200) {
                throw new KeycloakFailure("token request answered " + response.getStatus() + ": " + body);
            }
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            token = json.getString("access_token");
            tokenExpiry = Instant.now().plusSeconds(Math.max(10, json.getInt("expires_in", 60) - 30));
            return token;
        }
    }

    private WebTarget admin(String path, Map<String, Object> query) {
        WebTarget target = client().target(keycloakUrl).path("admin/realms").path(realm).path(path);
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            target = target.queryParam(entry.getKey(), entry.getValue());
        }
        return target;
    }

    private Invocation.Builder request(String path, Map<String, Object> query) {
        return admin(path, query).request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token());
    }

    public JsonStructure get(String path, Map<String, Object> query) {
        try (Response response = reachable(() -> request(path, query).get())) {
            return read(response, "GET " + path);
        }
    }

    public JsonArray list(String path, Map<String, Object> query) {
        return (JsonArray) get(path, query);
    }

    /** GET that tells a missing resource (404) apart from a failure. */
    public JsonObject find(String path) {
        try (Response response = reachable(() -> request(path, Map.of()).get())) {
            if (response.getStatus() == 404) {
                return null;
            }
            return (JsonObject) read(response, "GET " + path);
        }
    }

    /** POST; answers the created resource's id (last segment of Location) or null, and the status. */
    public Created post(String path, JsonValue body) {
        try (Response response = reachable(() -> request(path, Map.of()).post(Entity.json(body.toString())))) {
            if (response.getStatus() == 409) {
                return new Created(null, 409, response.readEntity(String.class));
            }
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            if (response.getStatus() / 100 != 2) {
                throw new KeycloakFailure("POST " + path + " answered " + response.getStatus() + ": " + text);
            }
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            String id = location == null ? null : location.substring(location.lastIndexOf('/') + 1);
            if (id == null && !text.isBlank() && text.trim().startsWith("{")) {
                id = Json.createReader(new StringReader(text)).readObject().getString("id", null);
            }
            return new Created(id, response.getStatus(), text);
        }
    }

    public void put(String path, JsonValue body) {
        Entity<String> entity = Entity.json(body == null ? "" : body.toString());
        try (Response response = reachable(() -> request(path, Map.of()).put(entity))) {
            expect2xx(response, "PUT " + path);
        }
    }

    public void delete(String path) {
        try (Response response = reachable(() -> request(path, Map.of()).delete())) {
            if (response.getStatus() != 404) {
                expect2xx(response, "DELETE " + path);
            }
        }
    }

    /** A call that cannot reach Keycloak is an outage like any refusal: the outbox retries it. */
    private Response reachable(Supplier<Response> call) {
        try {
            return call.get();
        } catch (ProcessingException unreachable) {
            throw new KeycloakFailure("Keycloak at " + keycloakUrl + " is unreachable: " + unreachable.getMessage(),
                    unreachable);
        }
    }

    private static JsonStructure read(Response response, String what) {
        String body = response.readEntity(String.class);
        if (response.getStatus() / 100 != 2) {
            throw new KeycloakFailure(what + " answered " + response.getStatus() + ": " + body);
        }
        return Json.createReader(new StringReader(body)).read();
    }

    private static void expect2xx(Response response, String what) {
        if (response.getStatus() / 100 != 2) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            throw new KeycloakFailure(what + " answered " + response.getStatus() + ": " + body);
        }
    }

    public record Created(String id, int status, String body) {
        public boolean conflict() {
            return status == 409;
        }
    }
}
