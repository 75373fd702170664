package ch.partnerportal.billing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records the orders and invoices facades answer with; amounts as plain decimal text. */
public final class CheckoutViews {

    private CheckoutViews() {
    }

    public record ItemRequest(String type, String label, int months) {
    }

    /** PAY-3 / PAY-8: one product of a renewal selection, with its period. */
    public record RenewalRequest(String productId, int months) {
    }

    /**
     * How to pay an order (PAY-5): a method with its instrument (card number, PayPal e-mail, Twint
     * number; none for a saved Twint profile or a transfer), or the prepaid balance, alone
     * ({@code PREPAID}) or with another method for the rest.
     */
    public record PaymentRequest(PaymentMethod method, String instrument, boolean usePrepaidBalance,
                                 String idempotencyKey) {
    }

    public record Line(int number, String type, String label, int months, String listPrice, String net) {
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

    /** Where a payment stands. */
    public enum PaymentStatus {
        /** The final invoice is issued. */
        PAID,
        /** PAY-3: the pro-forma is out, with the transfer's instructions. */
        AWAITING_TRANSFER,
        /** The payer must confirm (3-D Secure, PayPal, Twint app): confirm the order's payment. */
        ACTION_REQUIRED,
        /** The provider confirms later: repeat the request, or look at the order, to see the outcome. */
        PENDING,
        /** The provider declined: nothing was taken, what the balance paid was given back. */
        DECLINED
    }

    /**
     * A payment of an order: its invoice (final once paid, pro-forma before) and how the amount payable
     * was split (PAY-5); for a transfer the instructions (PAY-3); for a waiting payment the provider's
     * transaction; for a declined one the reason.
     */
    public record PaymentView(PaymentStatus status, InvoiceView invoice, String fromBalance, String byMethod,
                              TransferView transfer, ProviderView provider) {
    }

    /**
     * The payment provider's side of a payment.
     *
     * @param brand    Visa, MasterCard, PostFinance, PayPal, Twint...
     * @param declined why the provider declined, for a declined payment; otherwise null
     */
    public record ProviderView(String transactionId, String brand, BillingError declined) {
    }

    public record ProductView(String id, String type, String label, String state, LocalDate expiresOn,
                              boolean autoRenew) {
    }

    /** PAY-8: a period (in months, 12 a year) a product can be renewed for, and its price before VAT. */
    public record RenewalOption(int months, String net) {
    }

    /** REN-7: a product on the payments list, with what renewing it would cost per period. */
    public record RenewalView(ProductView product, String currency, List<RenewalOption> options) {
    }
}
