package ch.partnerportal.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    private volatile Duration ahead = Duration.ZERO;

    @Produces
    Clock clock() {
        return adjustable ? new Ahead(this, ZoneOffset.UTC) : Clock.systemUTC();
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

    /** The wall clock plus what a test moved it by, read at each call. */
    private static final class Ahead extends Clock {

        private final SystemClock owner;
        private final ZoneId zone;

        Ahead(SystemClock owner, ZoneId zone) {
            this.owner = owner;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Ahead(owner, other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(owner.ahead);
        }
    }
}
