package ch.partnerportal.console.platform;

import ch.partnerportal.billing.api.CheckoutViews.Line;
import ch.partnerportal.billing.api.RefundViews.CreditNoteView;
import ch.partnerportal.billing.api.RefundViews.Destination;
import ch.partnerportal.billing.api.RefundViews.RefundRequest;
import ch.partnerportal.billing.api.RefundViews.RefundableInvoice;
import ch.partnerportal.billing.refunds.boundary.Refunds;
import ch.partnerportal.console.Feedback;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * For the provider's staff: find a paid invoice by its number and refund some or all of its lines,
 * which issues a credit note; the money goes back to what paid, or to the prepaid balance.
 */
@Named
@ViewScoped
public class RefundPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Refunds refunds;

    private String number;
    private RefundableInvoice invoice;
    private List<Integer> selectedLines = new ArrayList<>();
    private Destination destination = Destination.ORIGINAL_METHOD;
    private String reason;
    private CreditNoteView issued;
    /** One key per refund shown on the page: a double click refunds once. */
    private String requestKey = UUID.randomUUID().toString();

    public void find() {
        issued = null;
        invoice = refunds.invoice(number).orElse(null);
        selectedLines = new ArrayList<>();
        requestKey = UUID.randomUUID().toString();
        if (invoice == null) {
            Feedback.info("refund.notFound", number == null ? "" : number.strip());
        }
    }

    public void refund() {
        if (invoice == null) {
            return;
        }
        LinkedHashSet<Integer> lines = new LinkedHashSet<>(selectedLines);
        if (lines.isEmpty()) {
            Feedback.info("refund.chooseLines");
            return;
        }
        try {
            issued = refunds.refund(new RefundRequest(invoice.invoice().id(), lines, reason, destination, requestKey));
            Feedback.info("refund.issued", issued.number(), issued.amounts().currency() + " " + issued.amounts().payable());
            String again = invoice.invoice().number();
            number = again;
            invoice = refunds.invoice(again).orElse(null);
            selectedLines = new ArrayList<>();
            reason = null;
            requestKey = UUID.randomUUID().toString();
        } catch (Refusal refusal) {
            requestKey = UUID.randomUUID().toString();
            Feedback.refusal(refusal);
        }
    }

    /** Lines not refunded yet, the only ones that can be chosen. */
    public List<Line> getRefundableLines() {
        return invoice == null ? List.of() : invoice.invoice().lines().stream()
                .filter(line -> !invoice.refundedLines().contains(line.number())).toList();
    }

    public Destination[] getDestinations() {
        return Destination.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public RefundableInvoice getInvoice() {
        return invoice;
    }

    public List<Integer> getSelectedLines() {
        return selectedLines;
    }

    public void setSelectedLines(List<Integer> selectedLines) {
        this.selectedLines = selectedLines == null ? new ArrayList<>() : selectedLines;
    }

    public Destination getDestination() {
        return destination;
    }

    public void setDestination(Destination destination) {
        this.destination = destination;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public CreditNoteView getIssued() {
        return issued;
    }
}
