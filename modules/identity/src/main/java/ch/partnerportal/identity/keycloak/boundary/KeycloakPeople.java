package ch.partnerportal.identity.keycloak.boundary;

import ch.partnerportal.identity.api.PeopleDirectory;
import ch.partnerportal.identity.keycloak.control.KeycloakAdmin;
import ch.partnerportal.identity.keycloak.control.KeycloakFailure;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;

import java.util.Map;
import java.util.Optional;

/** Names of people from Keycloak; an unreachable Keycloak yields nothing rather than an error. */
@Stateless
@Local(PeopleDirectory.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeycloakPeople implements PeopleDirectory {

    @Inject
    KeycloakAdmin keycloak;

    @Override
    public Optional<String> displayName(String loginId) {
        try {
            return keycloak.list("users", Map.of("username", loginId, "exact", true, "briefRepresentation", true))
                    .stream().map(JsonValue::asJsonObject)
                    .filter(u -> loginId.equalsIgnoreCase(u.getString("username", "")))
                    .findFirst()
                    .map(KeycloakPeople::name)
                    .filter(name -> !name.isBlank());
        } catch (KeycloakFailure | ProcessingException unreachable) {
            return Optional.empty();
        }
    }

    private static String name(JsonObject user) {
        return (user.getString("firstName", "") + " " + user.getString("lastName", "")).strip();
    }
}
