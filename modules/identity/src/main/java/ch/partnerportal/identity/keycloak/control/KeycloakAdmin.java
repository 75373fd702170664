package ch.partnerportal.identity.keycloak.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keycloak's admin API through Keycloak's own admin client ({@code keycloak-admin-client}), as the
 * service account {@code portal-identity-sync} (client credentials; the client keeps and renews its
 * token). Every failure, an unreachable Keycloak or an answer other than 2xx, is a
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

    private Keycloak keycloak;

    /** The realm's public base address, for example http://localhost:18080/realms/partnerportal. */
    public String realmUrl() {
        return keycloakUrl + "/realms/" + realm;
    }

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            // Liberty's REST client, not the RESTEasy the admin client would look for
            Keycloak.setClientProvider(new LibertyRestClients());
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(keycloakUrl)
                    .realm(realm)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .build();
        }
        return keycloak.realm(realm);
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** A call of the admin client on the realm; {@code what} names it in the failure. */
    public <T> T call(String what, Function<RealmResource, T> call) {
        try {
            return call.apply(realm());
        } catch (WebApplicationException refused) {
            throw new KeycloakFailure(what + " answered " + refused.getResponse().getStatus() + ": "
                    + body(refused.getResponse()), refused);
        } catch (ProcessingException unreachable) {
            throw new KeycloakFailure("Keycloak at " + keycloakUrl + " is unreachable (" + what + "): "
                    + unreachable.getMessage(), unreachable);
        }
    }

    public void run(String what, Consumer<RealmResource> call) {
        call(what, realm -> {
            call.accept(realm);
            return null;
        });
    }

    /** A read that tells a missing resource (404) apart from a failure. */
    public <T> Optional<T> find(String what, Function<RealmResource, T> call) {
        return call(what, realm -> {
            try {
                return Optional.of(call.apply(realm));
            } catch (NotFoundException missing) {
                return Optional.empty();
            }
        });
    }

    /** The answer of a call that answers a Response: the id of what it created, empty on 409 (it exists). */
    public Optional<String> created(String what, Function<RealmResource, Response> call) {
        return call(what, realm -> {
            try (Response response = call.apply(realm)) {
                if (response.getStatus() == 409) {
                    return Optional.empty();
                }
                expect(what, response);
                return Optional.of(CreatedResponseUtil.getCreatedId(response));
            }
        });
    }

    /** A call that answers a Response without a body worth reading; a 404 on a removal counts as done. */
    public void send(String what, Function<RealmResource, Response> call) {
        run(what, realm -> {
            try (Response response = call.apply(realm)) {
                if (response.getStatus() != 404) {
                    expect(what, response);
                }
            }
        });
    }

    private static void expect(String what, Response response) {
        if (response.getStatus() / 100 != 2) {
            throw new KeycloakFailure(what + " answered " + response.getStatus() + ": " + body(response));
        }
    }

    private static String body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
