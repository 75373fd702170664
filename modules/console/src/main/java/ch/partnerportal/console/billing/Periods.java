package ch.partnerportal.console.billing;

import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.console.Feedback;
import jakarta.faces.context.FacesContext;

/** A period in the page's language: "3 years", "6 months" (PAY-8; periods travel in months). */
final class Periods {

    private Periods() {
    }

    static String spoken(FacesContext context, int months) {
        SpokenPeriod period = SpokenPeriod.of(months);
        return Feedback.text(context, "common." + period.unit(), period.count());
    }
}
