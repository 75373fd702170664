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
import java.util.UUID;

/**
 * A deposit charged at the provider but not decided yet (PAY-6): the payer must confirm (3-D
 * Secure) or the provider confirms later. Nothing is in the ledger until the provider approved; the
 * row is removed once the deposit is booked or declined.
 */
@Entity
@Table(name = "pending_deposit")
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

    @Column(name = "transaction_id", nullable = false, length = 60, updatable = false)
    private String transactionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PendingDeposit() {
    }

    public PendingDeposit(String organizationId, Money amount, PaymentMethod method, String idempotencyKey,
                          String transactionId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.currency = amount.currency();
        this.amount = amount.amount();
        this.method = Objects.requireNonNull(method, "method");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.createdAt = Objects.requireNonNull(now, "now");
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

    public String transactionId() {
        return transactionId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
