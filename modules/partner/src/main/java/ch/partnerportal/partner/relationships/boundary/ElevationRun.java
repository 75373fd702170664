package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.kernel.ClockMoved;
import ch.partnerportal.partner.relationships.control.ElevationLapsing;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Every five minutes: the client's audit trail gets the elevations that lapsed or ended by themselves. */
@Singleton
public class ElevationRun {

    @Inject
    ElevationLapsing lapsing;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void often() {
        lapsing.run();
    }

    /** A system test moved the clock: what the next tick would record is recorded now. */
    public void clockMoved(@Observes ClockMoved moved) {
        lapsing.run();
    }
}
