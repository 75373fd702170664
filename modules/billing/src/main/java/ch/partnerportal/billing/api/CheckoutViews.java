package ch.partnerportal.billing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records the orders and invoices facades answer with; amounts as plain decimal text. */
public final class CheckoutViews {

    private CheckoutViews() {
    }

    public record ItemRequest(String type, String label, int years) {
    }

    /** How to pay an order: a card method, or the prepaid balance with a card for the rest (PAY-5). */
    public record PaymentRequest(PaymentMethod method, String cardNumber, boolean usePrepaidBalance,
                                 String idempotencyKey) {
    }

    public record Line(int number, String type, String label, int years, String listPrice, String net) {
    }

    public record Amounts(String currency, String net, String vatRate, String vat, String gross, String rounding,
                          String payable) {
    }

    public record OrderView(String id, String status, Instant createdAt, List<Line> lines, Amounts amounts,
                            String invoiceId) {
    }

    public record InvoiceView(String id, String number, String status, LocalDate issuedOn, String customer,
                              List<Line> lines, Amounts amounts) {
    }

    /**
     * A paid order: its invoice and how the amount payable was split (PAY-5); or, for a transfer, the
     * pro-forma and the transfer's instructions (PAY-3).
     */
    public record PaymentView(InvoiceView invoice, String fromBalance, String byCard, TransferView transfer) {
    }

    public record ProductView(String id, String type, String label, String state, LocalDate expiresOn,
                              boolean autoRenew) {
    }
}
