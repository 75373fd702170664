package ch.partnerportal.console.platform;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ApplicationView;
import ch.partnerportal.partner.applications.boundary.PartnerReviews;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For the provider's staff (PAR-1): the queue of pending applications, each approved or refused with a
 * reason the applicant reads; the partners, which can be ended with a reason; and the yearly review,
 * run now on demand, with the partners it found below the threshold.
 */
@Named
@ViewScoped
public class PartnerReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    PartnerReviews reviews;

    private List<ApplicationView> pending;
    private List<ApplicationView> partners;
    private List<ApplicationView> below;
    private final Map<String, String> reasons = new HashMap<>();

    private void load() {
        try {
            pending = reviews.queue("pending", 0, SHOWN).items();
            partners = reviews.queue("approved", 0, SHOWN).items();
            below = reviews.belowThreshold();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            pending = List.of();
            partners = List.of();
            below = List.of();
        }
    }

    private void act(Feedback.Step step) {
        if (Feedback.done(step)) {
            load();
        }
    }

    public void approve(String applicationId) {
        decide(applicationId, reviews::approve, "partnerReview.approved");
    }

    public void refuse(String applicationId) {
        decide(applicationId, reviews::refuse, "partnerReview.refused");
    }

    public void revoke(String applicationId) {
        decide(applicationId, reviews::revoke, "partnerReview.revoked");
    }

    /** One of the facade's decisions, taken with the reason typed on the application's row. */
    @FunctionalInterface
    private interface Decision {
        ApplicationView take(String applicationId, String reason) throws Refusal;
    }

    private void decide(String applicationId, Decision decision, String done) {
        act(() -> {
            ApplicationView decided = decision.take(applicationId, reasons.get(applicationId));
            reasons.remove(applicationId);
            Feedback.info(done, decided.organizationName());
        });
    }

    public void reviewAll() {
        act(() -> Feedback.info("partnerReview.reviewed", reviews.reviewAll().size()));
    }

    public List<ApplicationView> getPending() {
        if (pending == null) {
            load();
        }
        return pending;
    }

    public List<ApplicationView> getPartners() {
        if (partners == null) {
            load();
        }
        return partners;
    }

    public List<ApplicationView> getBelow() {
        if (below == null) {
            load();
        }
        return below;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
