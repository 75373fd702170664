package ch.partnerportal.identity.keycloak.boundary;

import ch.partnerportal.identity.api.IdentityProvider;
import ch.partnerportal.identity.keycloak.control.KeycloakAdmin;
import ch.partnerportal.identity.keycloak.control.KeycloakFailure;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.keycloak.representations.idm.UserRepresentation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Keycloak as the web modules see it: people's names and the logout address. */
@Stateless
@Local(IdentityProvider.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeycloakIdentity implements IdentityProvider {

    @Inject
    KeycloakAdmin keycloak;

    /** An unreachable Keycloak yields no name rather than an error: the caller falls back to the e-mail. */
    @Override
    public Optional<String> displayName(String loginId) {
        try {
            return keycloak.call("find user " + loginId, realm -> realm.users().searchByUsername(loginId, true))
                    .stream()
                    .filter(u -> loginId.equalsIgnoreCase(u.getUsername()))
                    .findFirst()
                    .map(KeycloakIdentity::name)
                    .filter(name -> !name.isBlank());
        } catch (KeycloakFailure unreachable) {
            return Optional.empty();
        }
    }

    @Override
    public String logoutUrl(String returnTo) {
        return keycloak.realmUrl() + "/protocol/openid-connect/logout?client_id=portal-console&post_logout_redirect_uri="
                + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    private static String name(UserRepresentation user) {
        return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
    }
}
