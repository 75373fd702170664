package ch.partnerportal.identity.health;

import ch.partnerportal.identity.keycloak.control.KeycloakAdmin;
import ch.partnerportal.identity.outbox.boundary.UndeliverableMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The readiness checks' answers (the API WAR publishes them once: a check declared as a bean here
 * would be counted once for every web module that sees this EJB module). Each has a short time-out.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceHealth {

    private static final Duration TIME_OUT = Duration.ofSeconds(2);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIME_OUT).build();

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    UndeliverableMail mail;

    /** The portal's database answers. */
    public HealthCheckResponse database() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(2))
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException unavailable) {
            return HealthCheckResponse.named("database").down().withData("error", "not reachable").build();
        }
    }

    /** Keycloak answers for the portal's realm (its public realm document, the cheapest request it serves). */
    public HealthCheckResponse keycloak() {
        var check = HealthCheckResponse.named("keycloak");
        try {
            HttpResponse<Void> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(keycloak.realmUrl()))
                    .timeout(TIME_OUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            return check.status(answer.statusCode() == 200).withData("status", answer.statusCode()).build();
        } catch (IOException unreachable) {
            return check.down().withData("error", "not reachable").build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return check.down().withData("error", "interrupted").build();
        }
    }

    /**
     * The outbox as data: work not carried out yet, how long the oldest change has waited, and the
     * e-mails set aside for a platform administrator. Always UP (see the package description).
     */
    public HealthCheckResponse outbox() {
        UndeliverableMail.Backlog backlog = mail.backlog();
        return HealthCheckResponse.named("outbox").up()
                .withData("pending", backlog.pending())
                .withData("oldestWaitingSeconds", backlog.oldestWaiting().toSeconds())
                .withData("setAsideMails", mail.setAside())
                .build();
    }
}
