package ch.partnerportal.billing.prepaid.entity;

import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A deposit charged at the provider but not decided yet (PAY-6): the payer must confirm (3-D
 * Secure) or the provider confirms later; or in doubt: the charge got no answer, so the provider may
 * have charged, and the deposit waits under the provider's idempotency key (no transaction known)
 * until the provider is asked what became of it. Nothing is in the ledger until the provider
 * approved; the row is removed once the deposit is booked or declined.
 */
@Entity
@Table(name = "waiting_deposit")
public class PendingDeposit {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Currency currency;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20, updatable = false)
    private PaymentMethod method;

    @Column(name = "idempotency_key", nullable = false, length = 100, updatable = false)
    private String idempotencyKey;

    /** Empty while in doubt; known once the provider answered. */
    @Column(name = "transaction_id", length = 60)
    private String transactionId;

    /** The idempotency key the charge was sent to the provider with. */
    @Column(name = "provider_key", nullable = false, length = 200, updatable = false)
    private String providerKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PendingDeposit() {
    }

    /** A deposit whose charge waits for the payer or the provider, with its transaction. */
    public PendingDeposit(String organizationId, Money amount, PaymentMethod method, String idempotencyKey,
                          String providerKey, String transactionId, Instant now) {
        this(organizationId, amount, method, idempotencyKey, providerKey, now);
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
    }

    private PendingDeposit(String organizationId, Money amount, PaymentMethod method, String idempotencyKey,
                           String providerKey, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.currency = amount.currency();
        this.amount = amount.amount();
        this.method = Objects.requireNonNull(method, "method");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.providerKey = Objects.requireNonNull(providerKey, "providerKey");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** A deposit whose charge got no answer: the provider may have charged under {@code providerKey}. */
    public static PendingDeposit inDoubt(String organizationId, Money amount, PaymentMethod method,
                                         String idempotencyKey, String providerKey, Instant now) {
        return new PendingDeposit(organizationId, amount, method, idempotencyKey, providerKey, now);
    }

    public boolean isInDoubt() {
        return transactionId == null;
    }

    /** The provider answered: the deposit now waits with (or is decided by) this transaction. */
    public void providerAnswered(String transaction) {
        this.transactionId = Objects.requireNonNull(transaction, "transaction");
    }

    public String providerKey() {
        return providerKey;
    }

    public String organizationId() {
        return organizationId;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public PaymentMethod method() {
        return method;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The provider's transaction; empty while the deposit is in doubt. */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
