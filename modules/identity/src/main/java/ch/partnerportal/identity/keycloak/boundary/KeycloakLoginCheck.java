package ch.partnerportal.identity.keycloak.boundary;

import ch.partnerportal.identity.api.LoginPasswords;
import ch.partnerportal.identity.keycloak.control.KeycloakAdmin;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a login password with Keycloak's token endpoint (the password grant of a confidential client
 * made for this alone); Keycloak's brute-force protection counts the failures. The token it answers is
 * dropped at once.
 */
@Stateless
@Local(LoginPasswords.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeycloakLoginCheck implements LoginPasswords {

    private static final Logger LOG = Logger.getLogger(KeycloakLoginCheck.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    @ConfigProperty(name = "portal.login.check.client", defaultValue = "portal-login-check")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.login.check.secret", defaultValue = "portal-login-check-dev-secret")
    String clientSecret;

    @Override
    public boolean matches(String loginId, String password) {
        String form = "grant_type=password&scope=openid&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret) + "&username=" + encode(loginId) + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200 && status != 401 && status != 400) {
                LOG.warning("Keycloak answered " + status + " to a login password check");
            }
            return status == 200;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Keycloak could not be asked for a login password check", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
