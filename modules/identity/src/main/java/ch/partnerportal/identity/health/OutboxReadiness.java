package ch.partnerportal.identity.health;

import ch.partnerportal.identity.outbox.boundary.UndeliverableMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox as data: work not carried out yet, how long the oldest change has waited, and the e-mails
 * set aside for a platform administrator. Always UP (see the package description); the same numbers
 * are gauges ({@link OutboxMetrics}).
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    UndeliverableMail mail;

    @Override
    public HealthCheckResponse call() {
        UndeliverableMail.Backlog backlog = mail.backlog();
        return HealthCheckResponse.named("outbox").up()
                .withData("pending", backlog.pending())
                .withData("oldestWaitingSeconds", backlog.oldestWaiting().toSeconds())
                .withData("setAsideMails", mail.setAside())
                .build();
    }
}
