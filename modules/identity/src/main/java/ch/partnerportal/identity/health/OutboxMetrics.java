package ch.partnerportal.identity.health;

import ch.partnerportal.identity.outbox.boundary.UndeliverableMail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The outbox's gauges, read at each scrape: {@code outbox_pending} (entries not carried out yet),
 * {@code outbox_lag_seconds} (how long the oldest change has waited) and {@code mail_set_aside}
 * (e-mails waiting for a platform administrator). Registered at start-up so they exist before the
 * first scrape.
 */
@Singleton
@Startup
public class OutboxMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    UndeliverableMail mail;

    @PostConstruct
    void register() {
        registry.gauge(Metadata.builder().withName("outbox_pending")
                .withDescription("Outbox entries (e-mails, identity projections) not carried out yet").build(),
                () -> mail.backlog().pending());
        registry.gauge(Metadata.builder().withName("outbox_lag_seconds")
                .withDescription("How long the oldest change not carried out yet has waited, in seconds").build(),
                () -> mail.backlog().oldestWaiting().toSeconds());
        registry.gauge(Metadata.builder().withName("mail_set_aside")
                .withDescription("E-mails set aside after their last attempt, waiting for a platform administrator")
                .build(), mail::setAside);
    }
}
