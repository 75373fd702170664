package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment provider of this installation: a simulation (the test instruments are listed in the
 * package description). Its records (idempotency keys, transactions, refunds, saved Twint profiles)
 * live in memory: like a provider's own records they are outside the portal's database, and a restart
 * forgets them, while the portal's ledger still refuses to book a key twice.
 *
 * <p>One lock guards every record: a key is looked up and claimed in one step, so two concurrent
 * requests with the same key never make two charges, and a refund never overtakes another one's
 * remaining amount. The simulation answers in microseconds, so the lock costs nothing measurable.
 */
@ApplicationScoped
public class SimulatedGateway implements PaymentGateway {

    /** How long a PENDING test card waits before the provider settles it. */
    public static final Duration DEFAULT_SETTLING_DELAY = Duration.ofSeconds(5);

    static final String DECLINED_PAYPAL_ACCOUNT = "declined@paypal.example";
    static final String TWINT_PROFILE_PREFIX = "twint_profile_";

    private static final String APPROVE = "approve";
    private static final String MASK = "\u2022\u2022\u2022";

    /** One "@", no blanks, a dotted domain: what PayPal would accept as an account, no more. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final int EMAIL_MAX = 254;

    /** Swiss mobile ranges 075 to 079, written nationally or internationally. */
    private static final Pattern SWISS_MOBILE = Pattern.compile("^(?:\\+41|0041|0)(7[5-9][0-9]{7})$");

    private enum CardBehaviour { DECLINE, INSUFFICIENT_FUNDS, AUTHENTICATE, SETTLE_APPROVED, SETTLE_DECLINED, TIME_OUT }

    private static final Map<String, CardBehaviour> TEST_CARDS = Map.of(
            "4000000000000002", CardBehaviour.DECLINE,
            "4000000000009995", CardBehaviour.INSUFFICIENT_FUNDS,
            "4000002760003184", CardBehaviour.AUTHENTICATE,
            "4000000000000077", CardBehaviour.SETTLE_APPROVED,
            "4000000000000085", CardBehaviour.SETTLE_DECLINED,
            "4000000000000119", CardBehaviour.TIME_OUT);

    private final Object lock = new Object();
    private final Map<String, Request> requests = new HashMap<>();
    private final Map<String, Transaction> transactions = new HashMap<>();
    /** Saved Twint profile token to the phone number it pays from, and back. */
    private final Map<String, String> phoneByProfile = new HashMap<>();
    private final Map<String, String> profileByPhone = new HashMap<>();

    private volatile Clock clock;
    private volatile Duration settlingDelay;

    /** For CDI (which then injects the clock and the delay) and for tests that need no clock. */
    public SimulatedGateway() {
        this(Clock.systemUTC(), DEFAULT_SETTLING_DELAY);
    }

    public SimulatedGateway(Clock clock) {
        this(clock, DEFAULT_SETTLING_DELAY);
    }

    public SimulatedGateway(Clock clock, Duration settlingDelay) {
        configure(clock, settlingDelay);
    }

    @Inject
    void configure(Clock clock, @ConfigProperty(name = "portal.payments.simulated.settling-delay",
            defaultValue = "PT5S") String settlingDelay) {
        configure(clock, Duration.parse(settlingDelay));
    }

    private void configure(Clock clock, Duration settlingDelay) {
        if (settlingDelay.isNegative()) {
            throw new IllegalArgumentException("A settling delay cannot be negative: " + settlingDelay);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settlingDelay = settlingDelay;
    }

    @Override
    public Result charge(Charge charge) throws Refusal {
        String key = IdempotencyKeys.require(charge.idempotencyKey());
        Money amount = Objects.requireNonNull(charge.amount(), "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A charge is positive, callers check amounts first: " + amount);
        }
        Instrument instrument = Instrument.read(charge.method(), charge.instrument());
        synchronized (lock) {
            Request earlier = requests.get(key);
            if (earlier != null) {
                if (!(earlier instanceof ChargeRequest first) || !first.sameAs(charge.method(), amount, instrument)) {
                    throw new Refusal(BillingError.IDEMPOTENCY_KEY_REUSED);
                }
                return settled(transactions.get(first.transactionId())).result();
            }
            Transaction transaction = open(amount, instrument);
            requests.put(key, new ChargeRequest(charge.method(), amount, instrument.normalized(), transaction.id));
            transactions.put(transaction.id, transaction);
            if (instrument.card() == CardBehaviour.TIME_OUT) {
                // Charged at the provider, answer lost on the way back: only a repeat with the key tells.
                throw new Refusal(BillingError.GATEWAY_TIMEOUT);
            }
            return transaction.result();
        }
    }

    @Override
    public Optional<Result> lookup(String idempotencyKey) throws Refusal {
        String key = IdempotencyKeys.require(idempotencyKey);
        synchronized (lock) {
            return requests.get(key) instanceof ChargeRequest charge
                    ? Optional.of(settled(transactions.get(charge.transactionId())).result()) : Optional.empty();
        }
    }

    @Override
    public Result complete(String transactionId, String answer) throws Refusal {
        synchronized (lock) {
            Transaction transaction = find(transactionId);
            if (!transaction.askedForAction) {
                throw new Refusal(BillingError.PAYMENT_NOT_AWAITING_CONFIRMATION);
            }
            if (transaction.outcome == Outcome.ACTION_REQUIRED) {
                transaction.outcome = APPROVE.equalsIgnoreCase(answer) ? transaction.onApproval : Outcome.DECLINED;
                if (transaction.outcome == Outcome.APPROVED && transaction.twintPhone != null) {
                    transaction.profileToken = profileFor(transaction.twintPhone);
                }
            }
            return transaction.result();
        }
    }

    @Override
    public Result status(String transactionId) throws Refusal {
        synchronized (lock) {
            return settled(find(transactionId)).result();
        }
    }

    @Override
    public Refund refund(String idempotencyKey, String transactionId, Money amount) throws Refusal {
        String key = IdempotencyKeys.require(idempotencyKey);
        Objects.requireNonNull(amount, "amount");
        synchronized (lock) {
            Request earlier = requests.get(key);
            if (earlier != null) {
                if (earlier instanceof RefundRequest first && first.refund().transactionId().equals(transactionId)
                        && first.refund().amount().equals(amount)) {
                    return first.refund();
                }
                throw new Refusal(BillingError.IDEMPOTENCY_KEY_REUSED);
            }
            Transaction transaction = settled(find(transactionId));
            if (transaction.outcome != Outcome.APPROVED) {
                throw new Refusal(BillingError.PAYMENT_NOT_REFUNDABLE);
            }
            if (amount.currency() != transaction.amount.currency()) {
                throw new Refusal(BillingError.CURRENCY_MISMATCH, amount.currency().code(),
                        transaction.amount.currency().code());
            }
            if (!amount.isPositive()) {
                throw new Refusal(BillingError.REFUND_AMOUNT_NOT_POSITIVE);
            }
            Money remaining = transaction.amount.minus(transaction.refunded);
            if (amount.isGreaterThan(remaining)) {
                throw new Refusal(BillingError.REFUND_EXCEEDS_REMAINING, remaining.toString());
            }
            transaction.refunded = transaction.refunded.plus(amount);
            Refund refund = new Refund(newId("sim_rf_"), transaction.id, amount);
            requests.put(key, new RefundRequest(refund));
            return refund;
        }
    }

    /** Called with the lock held. */
    private Transaction open(Money amount, Instrument instrument) throws Refusal {
        Transaction transaction = new Transaction(newId("sim_"), amount, instrument.brand(), instrument.shown());
        switch (instrument.kind()) {
            case CARD -> {
                CardBehaviour behaviour = instrument.card();
                if (behaviour == null || behaviour == CardBehaviour.TIME_OUT) {
                    transaction.outcome = Outcome.APPROVED;
                } else {
                    switch (behaviour) {
                        case DECLINE -> transaction.outcome = Outcome.DECLINED;
                        case INSUFFICIENT_FUNDS -> transaction.outcome = Outcome.INSUFFICIENT_FUNDS;
                        case AUTHENTICATE -> transaction.awaitAction(Outcome.APPROVED);
                        case SETTLE_APPROVED -> transaction.awaitSettling(Outcome.APPROVED, settlesAt());
                        default -> transaction.awaitSettling(Outcome.DECLINED, settlesAt());
                    }
                }
            }
            case PAYPAL -> transaction.awaitAction(DECLINED_PAYPAL_ACCOUNT.equals(instrument.normalized())
                    ? Outcome.DECLINED : Outcome.APPROVED);
            case TWINT_NUMBER -> {
                transaction.awaitAction(Outcome.APPROVED);
                transaction.twintPhone = instrument.normalized();
            }
            default -> {
                String phone = phoneByProfile.get(instrument.normalized());
                if (phone == null) {
                    throw new Refusal(BillingError.TWINT_PROFILE_UNKNOWN);
                }
                transaction.shown = lastFour(phone);
                transaction.profileToken = instrument.normalized();
                transaction.outcome = Outcome.APPROVED;
            }
        }
        return transaction;
    }

    private Instant settlesAt() {
        return clock.instant().plus(settlingDelay);
    }

    /** Called with the lock held: the provider settles a pending transaction once its delay is over. */
    private Transaction settled(Transaction transaction) {
        if (transaction.outcome == Outcome.PENDING && !clock.instant().isBefore(transaction.settlesAt)) {
            transaction.outcome = transaction.settlesTo;
        }
        return transaction;
    }

    /** Called with the lock held. One profile per phone: paying again with the app keeps the same one. */
    private String profileFor(String phone) {
        return profileByPhone.computeIfAbsent(phone, p -> {
            String token = newId(TWINT_PROFILE_PREFIX);
            phoneByProfile.put(token, p);
            return token;
        });
    }

    private Transaction find(String transactionId) throws Refusal {
        Transaction transaction = transactionId == null ? null : transactions.get(transactionId);
        if (transaction == null) {
            throw new Refusal(BillingError.PAYMENT_UNKNOWN);
        }
        return transaction;
    }

    private static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static String lastFour(String digits) {
        return digits.substring(digits.length() - 4);
    }

    static String digits(String cardNumber) {
        return cardNumber == null ? "" : cardNumber.replace(" ", "").replace("-", "");
    }

    static boolean luhnValid(String number) {
        if (!number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private enum Kind { CARD, PAYPAL, TWINT_NUMBER, TWINT_PROFILE }

    /**
     * What the payer pays with, checked and written one way, so that a repeat written differently
     * (blanks in a card number, capitals in an e-mail, 079 for +4179) is recognised as the same request.
     */
    private record Instrument(Kind kind, String normalized, String brand, String shown, CardBehaviour card) {

        static Instrument read(PaymentMethod method, String written) throws Refusal {
            Objects.requireNonNull(method, "method");
            return switch (method) {
                case CARD, POSTFINANCE -> card(method, written);
                case PAYPAL -> payPal(written);
                case TWINT -> twint(written);
                default -> throw new IllegalArgumentException(method + " uses no payment provider");
            };
        }

        private static Instrument card(PaymentMethod method, String written) throws Refusal {
            String number = digits(written);
            if (!luhnValid(number)) {
                throw new Refusal(BillingError.CARD_NUMBER_INVALID);
            }
            String brand = method == PaymentMethod.POSTFINANCE ? "PostFinance"
                    : number.startsWith("4") ? "Visa" : number.startsWith("5") ? "MasterCard" : "Card";
            return new Instrument(Kind.CARD, number, brand, lastFour(number), TEST_CARDS.get(number));
        }

        private static Instrument payPal(String written) throws Refusal {
            String email = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
            if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
                throw new Refusal(BillingError.PAYPAL_ACCOUNT_INVALID);
            }
            int at = email.indexOf('@');
            return new Instrument(Kind.PAYPAL, email, "PayPal", email.charAt(0) + MASK + email.substring(at), null);
        }

        private static Instrument twint(String written) throws Refusal {
            String stripped = written == null ? "" : written.strip();
            if (stripped.startsWith(TWINT_PROFILE_PREFIX)) {
                return new Instrument(Kind.TWINT_PROFILE, stripped, "Twint", null, null);
            }
            Matcher mobile = SWISS_MOBILE.matcher(stripped.replaceAll("[\\s\\-./()]", ""));
            if (!mobile.matches()) {
                throw new Refusal(BillingError.TWINT_NUMBER_INVALID);
            }
            String phone = "+41" + mobile.group(1);
            return new Instrument(Kind.TWINT_NUMBER, phone, "Twint", lastFour(phone), null);
        }
    }

    private sealed interface Request permits ChargeRequest, RefundRequest {
    }

    private record ChargeRequest(PaymentMethod method, Money amount, String instrument, String transactionId)
            implements Request {

        boolean sameAs(PaymentMethod otherMethod, Money otherAmount, Instrument other) {
            return method == otherMethod && amount.equals(otherAmount) && instrument.equals(other.normalized());
        }
    }

    private record RefundRequest(Refund refund) implements Request {
    }

    /** A charge at the provider; read and changed only with the lock held. */
    private static final class Transaction {
        final String id;
        final Money amount;
        final String brand;
        String shown;
        Outcome outcome;
        boolean askedForAction;
        Outcome onApproval;
        Instant settlesAt;
        Outcome settlesTo;
        String twintPhone;
        String profileToken;
        Money refunded;

        Transaction(String id, Money amount, String brand, String shown) {
            this.id = id;
            this.amount = amount;
            this.brand = brand;
            this.shown = shown;
            this.refunded = Money.zero(amount.currency());
        }

        void awaitAction(Outcome onApproval) {
            this.outcome = Outcome.ACTION_REQUIRED;
            this.askedForAction = true;
            this.onApproval = onApproval;
        }

        void awaitSettling(Outcome settlesTo, Instant settlesAt) {
            this.outcome = Outcome.PENDING;
            this.settlesTo = settlesTo;
            this.settlesAt = settlesAt;
        }

        Result result() {
            return new Result(outcome, id, brand, shown, profileToken);
        }
    }
}
