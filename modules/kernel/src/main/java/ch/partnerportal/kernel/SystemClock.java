package ch.partnerportal.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one place that reads the wall clock. Everything time-dependent injects {@link Clock}, so that
 * expiry rules are tested with a fixed clock instead of waiting.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
