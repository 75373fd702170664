package ch.partnerportal.billing.api;

import ch.partnerportal.billing.api.CheckoutViews.Amounts;
import ch.partnerportal.billing.api.CheckoutViews.Line;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Refunds and the credit notes they issue. */
public final class RefundViews {

    private RefundViews() {
    }

    /** Where a refund's money goes. */
    public enum Destination {
        /** Back through the provider to what paid (card, PostFinance, PayPal, Twint); the rest to the balance. */
        ORIGINAL_METHOD,
        /** All of it to the organization's prepaid balance. */
        PREPAID_ACCOUNT
    }

    /**
     * A refund names what it refunds and why: nothing is refunded by default.
     *
     * @param lines    the invoice's line numbers to refund, or empty with {@code allLines}
     * @param allLines every line not refunded yet (then {@code lines} stays empty)
     * @param reason   required, printed on the credit note
     */
    public record RefundRequest(String invoiceId, Set<Integer> lines, boolean allLines, String reason,
                                Destination destination, String idempotencyKey) {

        public RefundRequest(String invoiceId, Set<Integer> lines, String reason, Destination destination,
                             String idempotencyKey) {
            this(invoiceId, lines, false, reason, destination, idempotencyKey);
        }
    }

    /** @param toProvider what went back through the provider; {@code toBalance} what went to the prepaid account */
    public record CreditNoteView(String id, String number, String invoiceId, String invoiceNumber, LocalDate issuedOn,
                                 String reason, List<Line> lines, Amounts amounts, String toProvider,
                                 String toBalance) {
    }

    /** A final invoice as the provider's staff see it before a refund: which lines are refunded already. */
    public record RefundableInvoice(CheckoutViews.InvoiceView invoice, String organizationId,
                                    Set<Integer> refundedLines, List<CreditNoteView> creditNotes) {
    }
}
