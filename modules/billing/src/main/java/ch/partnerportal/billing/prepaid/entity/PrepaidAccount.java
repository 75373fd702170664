package ch.partnerportal.billing.prepaid.entity;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
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
 * An organization's prepaid account in one currency, with the ledger of every movement (PAY-5,
 * PAY-6, PAR-8). The aggregate guards three things:
 * <ul>
 *   <li>a deposit is between 0.10 and 9999.00 in the account's currency, paid by card, PostFinance
 *       (CHF only) or IBAN transfer (PAY-6);</li>
 *   <li>the balance never goes below zero: a payment larger than the balance is refused, and
 *       {@link #coverage(Money)} says how much the balance can pay so the rest goes to another method
 *       (PAY-5);</li>
 *   <li>every movement carries an idempotency key; booking again with a key already booked returns
 *       the first movement instead of booking twice, and a key reused for a different movement is
 *       refused.</li>
 * </ul>
 * The balance column always equals the sum of the ledger.
 */
@Entity
@Table(name = "prepaid_account")
public class PrepaidAccount {

    /** PAY-6: the smallest and the largest single deposit, in the account's currency. */
    public static final BigDecimal SMALLEST_DEPOSIT = new BigDecimal("0.10");
    public static final BigDecimal LARGEST_DEPOSIT = new BigDecimal("9999.00");

    static final int MAX_KEY = 100;
    static final int MAX_REFERENCE = 80;

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Currency currency;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal balance;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    private List<PrepaidMovement> movements = new ArrayList<>();

    protected PrepaidAccount() {
    }

    /** An empty account; its currency never changes (see the package's decisions). */
    public static PrepaidAccount open(String organizationId, Currency currency, Instant now) {
        PrepaidAccount account = new PrepaidAccount();
        account.id = UUID.randomUUID().toString();
        account.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        account.currency = Objects.requireNonNull(currency, "currency");
        account.balance = BigDecimal.ZERO.setScale(Money.SCALE);
        account.openedAt = Objects.requireNonNull(now, "now");
        return account;
    }

    /**
     * PAY-6, before any money is taken: refuses a deposit of that amount by that method. The facade
     * calls it before it asks the payment gateway to charge.
     */
    public void checkDeposit(Money amount, PaymentMethod method) throws Refusal {
        Objects.requireNonNull(method, "method");
        requireCurrency(amount);
        if (!method.mayCreditPrepaidAccount()) {
            throw new Refusal(BillingError.METHOD_CANNOT_CREDIT_PREPAID, method.name());
        }
        if (!method.availableIn(currency)) {
            throw new Refusal(BillingError.METHOD_NOT_AVAILABLE_IN_CURRENCY, method.name(), currency.code());
        }
        if (amount.amount().compareTo(SMALLEST_DEPOSIT) < 0 || amount.amount().compareTo(LARGEST_DEPOSIT) > 0) {
            throw new Refusal(BillingError.DEPOSIT_OUT_OF_RANGE, smallestDeposit().toString(),
                    largestDeposit().toString());
        }
    }

    /** PAY-6: books a deposit whose money was received. */
    public PrepaidMovement deposit(Money amount, PaymentMethod method, String idempotencyKey, String reference,
                                   Instant now) throws Refusal {
        Optional<PrepaidMovement> earlier = earlier(idempotencyKey, MovementKind.DEPOSIT, amount, method);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        checkDeposit(amount, method);
        return book(MovementKind.DEPOSIT, amount, method, idempotencyKey, reference, now);
    }

    /**
     * PAY-6: a deposit the bank reported under the account's deposit reference: credited in full,
     * whatever its amount, since the money was already received.
     */
    public PrepaidMovement creditTransfer(Money amount, String idempotencyKey, String reference, Instant now)
            throws Refusal {
        return credit(MovementKind.DEPOSIT, amount, PaymentMethod.IBAN_TRANSFER, idempotencyKey, reference, now);
    }

    /**
     * A bank transfer that matched no invoice: credited in full, whatever its amount (the deposit
     * limits are for what a customer asks to deposit, not for money already received).
     */
    public PrepaidMovement creditUnmatchedTransfer(Money amount, String idempotencyKey, String reference,
                                                   Instant now) throws Refusal {
        return credit(MovementKind.UNMATCHED_TRANSFER, amount, PaymentMethod.IBAN_TRANSFER, idempotencyKey,
                reference, now);
    }

    /** A refund to the balance. */
    public PrepaidMovement refund(Money amount, String idempotencyKey, String reference, Instant now)
            throws Refusal {
        return credit(MovementKind.REFUND, amount, null, idempotencyKey, reference, now);
    }

    /** PAR-8: a partner's cashback. */
    public PrepaidMovement creditCashback(Money amount, String idempotencyKey, String reference, Instant now)
            throws Refusal {
        return credit(MovementKind.CASHBACK, amount, null, idempotencyKey, reference, now);
    }

    /**
     * PAY-5: pays from the balance; refused if the balance does not cover the amount, so the balance
     * never goes below zero. Use {@link #coverage(Money)} first to split a total.
     *
     * @throws IllegalArgumentException if the amount is not positive
     */
    public PrepaidMovement pay(Money amount, String idempotencyKey, String reference, Instant now)
            throws Refusal {
        Optional<PrepaidMovement> earlier = earlier(idempotencyKey, MovementKind.PAYMENT, amount.negate(), null);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireCurrency(amount);
        requirePositive(amount);
        if (amount.isGreaterThan(balance())) {
            throw new Refusal(BillingError.INSUFFICIENT_BALANCE, balance().toString(), amount.toString());
        }
        return book(MovementKind.PAYMENT, amount.negate(), null, idempotencyKey, reference, now);
    }

    /**
     * PAY-5: "use the balance and pay the rest with another method". The balance pays as much of the
     * total as it can, in payable steps (so in CHF both parts stay multiples of 0.05); the rest is
     * for another method.
     *
     * @param payable a total payable in the account's currency
     * @throws IllegalArgumentException if the total is negative or not a payable amount
     */
    public Coverage coverage(Money payable) throws Refusal {
        requireCurrency(payable);
        if (payable.isNegative() || !payable.isPayable()) {
            throw new IllegalArgumentException("Not a total payable: " + payable);
        }
        Money fromBalance = balance().min(payable).payableAtMost();
        return new Coverage(fromBalance, payable.minus(fromBalance));
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public Currency currency() {
        return currency;
    }

    public Money balance() {
        return Money.of(balance, currency);
    }

    public Money smallestDeposit() {
        return Money.of(SMALLEST_DEPOSIT, currency);
    }

    public Money largestDeposit() {
        return Money.of(LARGEST_DEPOSIT, currency);
    }

    /** Every movement, in booking order. */
    public List<PrepaidMovement> ledger() {
        return List.copyOf(movements);
    }

    public Optional<PrepaidMovement> movementWithKey(String idempotencyKey) {
        return movements.stream().filter(m -> m.idempotencyKey().equals(idempotencyKey)).findFirst();
    }

    private PrepaidMovement credit(MovementKind kind, Money amount, PaymentMethod method, String idempotencyKey,
                                   String reference, Instant now) throws Refusal {
        Optional<PrepaidMovement> earlier = earlier(idempotencyKey, kind, amount, method);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireCurrency(amount);
        requirePositive(amount);
        return book(kind, amount, method, idempotencyKey, reference, now);
    }

    /**
     * The movement already booked with this key, if the request is the same; a different request
     * under the same key is refused.
     */
    private Optional<PrepaidMovement> earlier(String idempotencyKey, MovementKind kind, Money signedAmount,
                                              PaymentMethod method) throws Refusal {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new Refusal(BillingError.IDEMPOTENCY_KEY_REQUIRED);
        }
        if (idempotencyKey.length() > MAX_KEY) {
            throw new Refusal(BillingError.FIELD_TOO_LONG, "idempotencyKey", MAX_KEY);
        }
        Optional<PrepaidMovement> earlier = movementWithKey(idempotencyKey);
        if (earlier.isPresent()) {
            PrepaidMovement first = earlier.get();
            boolean same = first.kind() == kind && first.amount().equals(signedAmount)
                    && first.method().orElse(null) == method;
            if (!same) {
                throw new Refusal(BillingError.IDEMPOTENCY_KEY_REUSED);
            }
        }
        return earlier;
    }

    private PrepaidMovement book(MovementKind kind, Money signedAmount, PaymentMethod method, String idempotencyKey,
                                 String reference, Instant now) throws Refusal {
        Objects.requireNonNull(now, "now");
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && ref.length() > MAX_REFERENCE) {
            throw new Refusal(BillingError.FIELD_TOO_LONG, "reference", MAX_REFERENCE);
        }
        Money after = balance().plus(signedAmount);
        if (after.isNegative()) {
            throw new IllegalStateException("The balance would go below zero: " + after);
        }
        PrepaidMovement movement = new PrepaidMovement(this, movements.size() + 1L, kind, signedAmount, after,
                method, idempotencyKey, ref, now);
        movements.add(movement);
        balance = after.amount();
        return movement;
    }

    private void requireCurrency(Money amount) throws Refusal {
        Objects.requireNonNull(amount, "amount");
        if (amount.currency() != currency) {
            throw new Refusal(BillingError.CURRENCY_MISMATCH, amount.currency().code(), currency.code());
        }
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A movement moves a positive amount: " + amount);
        }
    }
}
