package ch.partnerportal.console.platform;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.PagedList;
import ch.partnerportal.identity.api.UndeliverableMailView;
import ch.partnerportal.identity.outbox.boundary.UndeliverableMail;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** For the provider's staff: the e-mails set aside after their last attempt, to send again or discard. */
@Named
@ViewScoped
public class UndeliverableMailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UndeliverableMail mail;

    private PagedList<UndeliverableMailView> model;

    public PagedList<UndeliverableMailView> getModel() {
        if (model == null) {
            UndeliverableMail facade = mail;
            model = new PagedList<>(facade::list, UndeliverableMailView::id);
        }
        return model;
    }

    public void retry(UndeliverableMailView view) {
        try {
            mail.retry(view.id());
            Feedback.info("mail.retried", view.recipient());
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void discard(UndeliverableMailView view) {
        try {
            mail.discard(view.id());
            Feedback.info("mail.discarded", view.recipient());
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }
}
