package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.partner.relationships.control.RelationshipLapsing;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Once a day: expired requests, grants at their end date, reminders before a grant ends (PAR-4, PAR-5). */
@Singleton
public class RelationshipRun {

    @Inject
    RelationshipLapsing lapsing;

    @Schedule(hour = "4", minute = "50", persistent = false)
    void daily() {
        lapsing.run();
    }
}
