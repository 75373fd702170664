package ch.partnerportal.api.health;

import ch.partnerportal.identity.health.ServiceHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: the database, Keycloak and the outbox, each checked once per call. */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    ServiceHealth health;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> health.database();
    }

    @Produces
    @Readiness
    HealthCheck keycloak() {
        return () -> health.keycloak();
    }

    @Produces
    @Readiness
    HealthCheck outbox() {
        return () -> health.outbox();
    }
}
