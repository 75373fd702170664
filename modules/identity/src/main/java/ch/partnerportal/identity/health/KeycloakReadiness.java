package ch.partnerportal.identity.health;

import ch.partnerportal.identity.keycloak.control.KeycloakAdmin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Keycloak answers for the portal's realm (its public realm document, the cheapest request it serves). */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private static final Duration TIME_OUT = Duration.ofSeconds(2);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIME_OUT).build();

    @Inject
    KeycloakAdmin keycloak;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("keycloak");
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(keycloak.realmUrl()))
                    .timeout(TIME_OUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            return check.status(answer.statusCode() == 200).withData("status", answer.statusCode()).build();
        } catch (IOException unreachable) {
            return check.down().withData("error", "not reachable").build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return check.down().withData("error", "interrupted").build();
        }
    }
}
