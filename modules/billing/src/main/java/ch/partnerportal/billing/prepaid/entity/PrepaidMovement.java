package ch.partnerportal.billing.prepaid.entity;

import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a prepaid account's ledger. Never changed or deleted once booked: a mistake is
 * corrected by another movement.
 */
@Entity
@Table(name = "prepaid_movement")
public class PrepaidMovement {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private PrepaidAccount account;

    /** 1, 2, 3... in booking order: unique per account, so two concurrent bookings cannot both land. */
    @Column(name = "line_number", nullable = false, updatable = false)
    private long lineNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private MovementKind kind;

    /** Signed: positive for a credit, negative for a payment. */
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal balanceAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 20, updatable = false)
    private PaymentMethod method;

    @Column(name = "idempotency_key", nullable = false, length = PrepaidAccount.MAX_KEY, updatable = false)
    private String idempotencyKey;

    @Column(name = "reference_text", length = PrepaidAccount.MAX_REFERENCE, updatable = false)
    private String reference;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    protected PrepaidMovement() {
    }

    PrepaidMovement(PrepaidAccount account, long lineNumber, MovementKind kind, Money signedAmount,
                    Money balanceAfter, PaymentMethod method, String idempotencyKey, String reference,
                    Instant bookedAt) {
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.lineNumber = lineNumber;
        this.kind = kind;
        this.amount = signedAmount.amount();
        this.balanceAfter = balanceAfter.amount();
        this.method = method;
        this.idempotencyKey = idempotencyKey;
        this.reference = reference;
        this.bookedAt = bookedAt;
    }

    public String id() {
        return id;
    }

    public long lineNumber() {
        return lineNumber;
    }

    public MovementKind kind() {
        return kind;
    }

    private Currency currency() {
        return account.currency();
    }

    /** Signed: positive for credits, negative for payments. */
    public Money amount() {
        return Money.of(amount, currency());
    }

    public Money balanceAfter() {
        return Money.of(balanceAfter, currency());
    }

    /** How a deposit was paid; empty for other movements. */
    public Optional<PaymentMethod> method() {
        return Optional.ofNullable(method);
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** What the movement is about: an invoice number, a bank reference... */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public Instant bookedAt() {
        return bookedAt;
    }
}
