package ch.partnerportal.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one place that reads the wall clock. Everything time-dependent injects {@link Clock}, so that
 * expiry rules are tested with a fixed clock instead of waiting. A server started with
 * {@code portal.clock.adjustable=true} (the system tests' server, never production's: it defaults
 * to false) has a clock a test moves ahead and back, so the system tests see hours and days pass.
 */
@ApplicationScoped
public class SystemClock {

    @Inject
    @ConfigProperty(name = "portal.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    /** Static so that a clock handed out holds no reference to this bean and serializes with the view it is in. */
    private static volatile Duration ahead = Duration.ZERO;

    @Produces
    Clock clock() {
        return adjustable ? new Ahead(ZoneOffset.UTC) : Clock.systemUTC();
    }

    public boolean adjustable() {
        return adjustable;
    }

    /**
     * @param by how far ahead of the wall clock the portal's clock runs from now on; zero puts it back
     * @throws IllegalStateException on a server whose clock is the wall clock
     */
    public void runAhead(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("The clock of this server is the wall clock");
        }
        ahead = by;
    }

    public Duration ahead() {
        return ahead;
    }

    /**
     * The wall clock plus what a test moved it by, read at each call. Serializable as the wall clock is:
     * view-scoped console beans keep the clock they were given.
     */
    private static final class Ahead extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ZoneId zone;

        Ahead(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Ahead(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
