package ch.partnerportal.billing.orders.entity;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An order of new products (PAY-4): placed, then paid in one payment that issues one invoice. A paid
 * order remembers the payment's idempotency key, so a repeated payment request finds the invoice it
 * already produced instead of paying again.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_LABEL = 100;

    public enum Status {
        PENDING,
        /** PAY-3: a pro-forma with a transfer reference was issued; the bank has not reported the money yet. */
        AWAITING_TRANSFER,
        /** PAY-5: the payer must confirm (3-D Secure, PayPal, Twint app) or the provider confirms later. */
        AWAITING_PAYMENT,
        PAID,
        CANCELLED
    }

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_item", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("number")
    private List<OrderItem> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "invoice_id", length = 36)
    private String invoiceId;

    @Column(name = "payment_key", length = 100)
    private String paymentKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 20)
    private PaymentMethod paymentMethod;

    /** The provider's transaction: to confirm, to ask about, to refund. */
    @Column(name = "transaction_id", length = 60)
    private String transactionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    private Currency currency;

    /** What the prepaid balance paid (PAY-5), already debited while a payment waits. */
    @Column(name = "balance_part", precision = 19, scale = 2)
    private BigDecimal balancePart;

    @Column(name = "awaiting_since")
    private Instant awaitingSince;

    protected PurchaseOrder() {
    }

    /** @param renews the product an item renews, or null for a new product */
    public record Item(ProductType type, String label, int months, String renews) {

        public Item(ProductType type, String label, int months) {
            this(type, label, months, null);
        }
    }

    /** PAY-4 / PAY-8: a pending order; every item must name a product and a period its type allows. */
    public static PurchaseOrder place(String organizationId, List<Item> items, Instant now) throws Refusal {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new Refusal(BillingError.NOTHING_SELECTED);
        }
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID().toString();
        order.organizationId = organizationId;
        order.status = Status.PENDING;
        order.createdAt = now;
        int number = 1;
        for (Item item : items) {
            if (item.type() == null) {
                throw new Refusal(BillingError.UNKNOWN_PRODUCT_TYPE, "");
            }
            String label = item.label() == null ? "" : item.label().strip();
            if (label.isEmpty()) {
                throw new Refusal(BillingError.PRODUCT_LABEL_REQUIRED);
            }
            if (label.length() > MAX_LABEL) {
                throw new Refusal(BillingError.FIELD_TOO_LONG, "label", MAX_LABEL);
            }
            label = item.renews() == null ? item.type().requireLabel(label) : label;
            item.type().requirePeriod(item.months());
            if (item.renews() != null && order.items.stream().anyMatch(i -> i.renews().equals(Optional.of(item.renews())))) {
                throw new Refusal(BillingError.PRODUCT_SELECTED_TWICE, label);
            }
            order.items.add(new OrderItem(number++, item.type(), label, item.months(), item.renews()));
        }
        return order;
    }

    /**
     * The order may be paid now; a paid order is refused unless the request repeats the payment. An
     * order awaiting a transfer may still be paid another way (the pro-forma is then withdrawn).
     */
    public boolean isRepeatOf(String key) throws Refusal {
        if (status == Status.PAID) {
            if (key.equals(paymentKey)) {
                return true;
            }
            throw new Refusal(BillingError.ORDER_ALREADY_PAID);
        }
        if (status == Status.AWAITING_TRANSFER && key.equals(paymentKey)) {
            return true;
        }
        if (status == Status.AWAITING_PAYMENT) {
            if (key.equals(paymentKey)) {
                return true;
            }
            throw new Refusal(BillingError.PAYMENT_IN_PROGRESS);
        }
        if (status == Status.CANCELLED) {
            throw new Refusal(BillingError.ORDER_CANCELLED);
        }
        return false;
    }

    /** PAY-3: the pro-forma for a transfer was issued under that request's key. */
    public void awaitTransfer(String proFormaId, String key) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Order " + id + " is " + status);
        }
        this.status = Status.AWAITING_TRANSFER;
        this.invoiceId = proFormaId;
        this.paymentKey = key;
    }

    public boolean isAwaitingTransfer() {
        return status == Status.AWAITING_TRANSFER;
    }

    /** PAY-3: the bank reported the transfer that paid the pro-forma, which is now the final invoice. */
    public void transferArrived(Instant now) {
        if (status != Status.AWAITING_TRANSFER) {
            throw new IllegalStateException("Order " + id + " is " + status);
        }
        this.status = Status.PAID;
        this.paidAt = now;
        this.paymentMethod = PaymentMethod.IBAN_TRANSFER;
    }

    /**
     * PAY-5: the provider has not decided yet; the order's document waits as a pro-forma, and what the
     * balance paid is already debited (given back if the payment fails).
     */
    public void awaitPayment(String proFormaId, String key, PaymentMethod method, String transactionId,
                             Money fromBalance, Instant now) {
        if (status != Status.PENDING && status != Status.AWAITING_TRANSFER) {
            throw new IllegalStateException("Order " + id + " is " + status);
        }
        this.status = Status.AWAITING_PAYMENT;
        this.invoiceId = proFormaId;
        this.paymentKey = key;
        this.paymentMethod = method;
        this.transactionId = transactionId;
        this.currency = fromBalance.currency();
        this.balancePart = fromBalance.amount();
        this.awaitingSince = now;
    }

    public boolean isAwaitingPayment() {
        return status == Status.AWAITING_PAYMENT;
    }

    /**
     * PAY-5: the provider's answer to this attempt was lost, so it may have charged. The attempt's
     * amounts are fixed and its balance part held until the provider tells what became of it.
     */
    public boolean isInDoubt() {
        return status == Status.AWAITING_PAYMENT && transactionId == null;
    }

    /** The provider told which transaction an attempt in doubt became. */
    public void providerAnswered(String transactionId) {
        if (status != Status.AWAITING_PAYMENT) {
            throw new IllegalStateException("Order " + id + " is " + status);
        }
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** The provider declined or the payer gave up: the order can be paid again, with a new request. */
    public void paymentFailed() {
        if (status != Status.AWAITING_PAYMENT) {
            throw new IllegalStateException("Order " + id + " is " + status);
        }
        this.status = Status.PENDING;
        this.invoiceId = null;
        this.paymentKey = null;
        this.transactionId = null;
        this.balancePart = null;
        this.awaitingSince = null;
    }

    /** A waiting payment was approved: its pro-forma became the final invoice. */
    public void paymentApproved(Instant now) {
        if (status != Status.AWAITING_PAYMENT) {
            throw new IllegalStateException("Order " + id + " is " + status);
        }
        this.status = Status.PAID;
        this.paidAt = now;
        this.awaitingSince = null;
    }

    /** How the order was (or is being) paid, for refunds and for the repeat of a request. */
    public void paidWith(PaymentMethod method, String transactionId, Money fromBalance) {
        this.paymentMethod = method;
        this.transactionId = transactionId;
        this.currency = fromBalance.currency();
        this.balancePart = fromBalance.amount();
    }

    /** The idempotency key of the request that paid (or is paying) the order. */
    public Optional<String> paymentKey() {
        return Optional.ofNullable(paymentKey);
    }

    public Optional<PaymentMethod> paymentMethod() {
        return Optional.ofNullable(paymentMethod);
    }

    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }

    public Optional<Money> balancePart() {
        return balancePart == null ? Optional.empty() : Optional.of(Money.of(balancePart, currency));
    }

    public Optional<Instant> awaitingSince() {
        return Optional.ofNullable(awaitingSince);
    }

    public boolean isRenewal() {
        return items.stream().anyMatch(i -> i.renews().isPresent());
    }

    public void paid(String invoiceId, String key, Instant now) {
        this.status = Status.PAID;
        this.invoiceId = invoiceId;
        this.paymentKey = key;
        this.paidAt = now;
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public Status status() {
        return status;
    }

    public List<OrderItem> items() {
        return List.copyOf(items);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> invoiceId() {
        return Optional.ofNullable(invoiceId);
    }
}
