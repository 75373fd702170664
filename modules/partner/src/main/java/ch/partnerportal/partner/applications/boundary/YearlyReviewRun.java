package ch.partnerportal.partner.applications.boundary;

import ch.partnerportal.partner.applications.control.YearlyReviewing;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Once a day, the partners whose year since approval or since their last review is over (PAR-1). */
@Singleton
public class YearlyReviewRun {

    @Inject
    YearlyReviewing reviewing;

    @Schedule(hour = "4", minute = "40", persistent = false)
    void daily() {
        reviewing.review(false);
    }
}
