package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.payments.control.PaymentGateway.Outcome;
import ch.partnerportal.billing.payments.control.PaymentGateway.Result;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.ErrorCode;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedGatewayTest {

    private static final String VISA = "4242 4242 4242 4242";
    private static final String THREE_D_SECURE = "4000 0027 6000 3184";
    private static final String SETTLES_APPROVED = "4000 0000 0000 0077";
    private static final String SETTLES_DECLINED = "4000 0000 0000 0085";
    private static final String TIMES_OUT = "4000 0000 0000 0119";
    private static final String MOBILE = "+41 79 123 45 67";

    private final MovableClock clock = new MovableClock();
    private final SimulatedGateway gateway = new SimulatedGateway(clock);

    private static PaymentGateway.Charge charge(String key, String amount, String card) {
        return charge(key, amount, PaymentMethod.CARD, card);
    }

    private static PaymentGateway.Charge charge(String key, String amount, PaymentMethod method, String instrument) {
        return new PaymentGateway.Charge(key, Money.of(amount, Currency.CHF), method, instrument, "test");
    }

    private static Money chf(String amount) {
        return Money.of(amount, Currency.CHF);
    }

    private static void refused(ThrowingCallable call, ErrorCode expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(expected));
    }

    @Test
    void PAY_5_testCardsAreApprovedOrDeclinedLikeAtARealProvider() throws Refusal {
        Result visa = gateway.charge(charge("k1", "10.00", VISA));
        assertThat(visa.approved()).isTrue();
        assertThat(visa.waiting()).isFalse();
        assertThat(visa.brand()).isEqualTo("Visa");
        assertThat(visa.lastDigits()).isEqualTo("4242");
        assertThat(visa.profileToken()).isNull();
        assertThat(gateway.charge(charge("k2", "10.00", "5555-5555-5555-4444")).brand()).isEqualTo("MasterCard");
        assertThat(gateway.charge(charge("k3", "10.00", "4000000000000002")).outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(gateway.charge(charge("k4", "10.00", "4000000000009995")).outcome())
                .isEqualTo(Outcome.INSUFFICIENT_FUNDS);
        assertThat(gateway.charge(charge("k5", "10.00", "4111 1111 1111 1111")).outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void PAY_5_theTestCardNumbersAllHaveAValidCheckDigit() {
        for (String number : new String[] {VISA, "5555 5555 5555 4444", "4000 0000 0000 0002", "4000 0000 0000 9995",
                THREE_D_SECURE, SETTLES_APPROVED, SETTLES_DECLINED, TIMES_OUT}) {
            assertThat(SimulatedGateway.luhnValid(SimulatedGateway.digits(number))).as(number).isTrue();
        }
    }

    @Test
    void PAY_5_numbersWithAWrongCheckDigitAreRefusedBeforeAnyCharge() {
        for (String bad : new String[] {"4242424242424241", "1234", "", "abcd efgh ijkl mnop", "42424242424242424242"}) {
            refused(() -> gateway.charge(charge("k-" + bad, "10.00", bad)), BillingError.CARD_NUMBER_INVALID);
        }
        refused(() -> gateway.charge(charge("k-null", "10.00", null)), BillingError.CARD_NUMBER_INVALID);
        assertThat(SimulatedGateway.luhnValid("79927398713")).isFalse();
        assertThat(SimulatedGateway.luhnValid("4111111111111111")).isTrue();
    }

    @Test
    void PAY_5_aRepeatedRequestGetsTheFirstAnswerAndAReusedKeyIsRefused() throws Refusal {
        Result first = gateway.charge(charge("same", "25.00", "4242424242424242"));
        Result again = gateway.charge(charge("same", "25.00", VISA));
        assertThat(again).isEqualTo(first);
        refused(() -> gateway.charge(charge("same", "30.00", VISA)), BillingError.IDEMPOTENCY_KEY_REUSED);
        refused(() -> gateway.charge(charge("same", "25.00", "5555 5555 5555 4444")),
                BillingError.IDEMPOTENCY_KEY_REUSED);
        refused(() -> gateway.charge(charge("same", "25.00", PaymentMethod.POSTFINANCE, VISA)),
                BillingError.IDEMPOTENCY_KEY_REUSED);
        refused(() -> gateway.charge(charge(" ", "25.00", VISA)), BillingError.IDEMPOTENCY_KEY_REQUIRED);
        // Charged once: the whole amount can be refunded, and not a cent more.
        gateway.refund("r-same", first.transactionId(), chf("25.00"));
        refused(() -> gateway.refund("r-more", first.transactionId(), chf("0.01")),
                BillingError.REFUND_EXCEEDS_REMAINING);
    }

    @Test
    void PAY_5_concurrentRequestsWithTheSameKeyMakeOneCharge() throws Exception {
        int requests = 16;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Result>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Result> request = () -> {
                    start.await();
                    return gateway.charge(charge("race", "40.00", VISA));
                };
                answers.add(pool.submit(request));
            }
            start.countDown();
            Set<String> transactions = new HashSet<>();
            for (Future<Result> answer : answers) {
                transactions.add(answer.get(10, TimeUnit.SECONDS).transactionId());
            }
            assertThat(transactions).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void PAY_5_thePostFinanceCardIsChargedLikeACardUnderItsOwnBrand() throws Refusal {
        Result approved = gateway.charge(charge("pf1", "10.00", PaymentMethod.POSTFINANCE, VISA));
        assertThat(approved.approved()).isTrue();
        assertThat(approved.brand()).isEqualTo("PostFinance");
        assertThat(approved.lastDigits()).isEqualTo("4242");
        Result declined = gateway.charge(charge("pf2", "10.00", PaymentMethod.POSTFINANCE, "4000 0000 0000 0002"));
        assertThat(declined.outcome()).isEqualTo(Outcome.DECLINED);
        refused(declined::requireApproved, BillingError.CARD_DECLINED);
        assertThat(gateway.charge(charge("pf3", "10.00", PaymentMethod.POSTFINANCE, THREE_D_SECURE)).outcome())
                .isEqualTo(Outcome.ACTION_REQUIRED);
        refused(() -> gateway.charge(charge("pf4", "10.00", PaymentMethod.POSTFINANCE, "4242424242424241")),
                BillingError.CARD_NUMBER_INVALID);
    }

    @Test
    void PAY_5_methodsWithoutAProviderNeverReachTheGateway() {
        for (PaymentMethod method : new PaymentMethod[] {PaymentMethod.IBAN_TRANSFER, PaymentMethod.PREPAID}) {
            assertThatThrownBy(() -> gateway.charge(charge("m-" + method, "10.00", method, VISA)))
                    .as(method.name()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void PAY_5_requireApprovedLetsOnlyAnApprovalThrough() throws Refusal {
        Result approved = new Result(Outcome.APPROVED, "t", "Visa", "4242", null);
        assertThat(approved.requireApproved()).isSameAs(approved);
        refused(new Result(Outcome.DECLINED, "t", "Visa", "4242", null)::requireApproved, BillingError.CARD_DECLINED);
        refused(new Result(Outcome.DECLINED, "t", "PostFinance", "4242", null)::requireApproved,
                BillingError.CARD_DECLINED);
        refused(new Result(Outcome.INSUFFICIENT_FUNDS, "t", "Visa", "4242", null)::requireApproved,
                BillingError.CARD_INSUFFICIENT_FUNDS);
        refused(new Result(Outcome.ACTION_REQUIRED, "t", "Visa", "3184", null)::requireApproved,
                BillingError.PAYMENT_CONFIRMATION_REQUIRED);
        refused(new Result(Outcome.PENDING, "t", "Visa", "0077", null)::requireApproved, BillingError.PAYMENT_PENDING);
        assertThatThrownBy(new Result(Outcome.DECLINED, "t", "Twint", "4567", null)::requireApproved)
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.errorCode()).isEqualTo(BillingError.PAYMENT_DECLINED);
                    assertThat(r.message(Locale.GERMAN)).startsWith("Twint hat die Zahlung abgelehnt");
                });
        for (Outcome outcome : Outcome.values()) {
            Result result = new Result(outcome, "t", "Visa", "4242", null);
            assertThat(result.waiting()).as(outcome.name())
                    .isEqualTo(outcome == Outcome.ACTION_REQUIRED || outcome == Outcome.PENDING);
            assertThat(result.approved()).as(outcome.name()).isEqualTo(outcome == Outcome.APPROVED);
        }
    }

    @Test
    void PAY_5_aCardThatAsksFor3DSecureChargesNothingUntilThePayerApproves() throws Refusal {
        Result asked = gateway.charge(charge("3ds", "80.00", THREE_D_SECURE));
        assertThat(asked.outcome()).isEqualTo(Outcome.ACTION_REQUIRED);
        assertThat(asked.waiting()).isTrue();
        assertThat(asked.approved()).isFalse();
        refused(asked::requireApproved, BillingError.PAYMENT_CONFIRMATION_REQUIRED);
        assertThat(gateway.status(asked.transactionId()).outcome()).isEqualTo(Outcome.ACTION_REQUIRED);
        refused(() -> gateway.refund("r-3ds-early", asked.transactionId(), chf("1.00")),
                BillingError.PAYMENT_NOT_REFUNDABLE);

        Result done = gateway.complete(asked.transactionId(), "Approve");
        assertThat(done.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(done.transactionId()).isEqualTo(asked.transactionId());
        assertThat(done.lastDigits()).isEqualTo("3184");
        assertThat(gateway.status(asked.transactionId())).isEqualTo(done);
        assertThat(gateway.charge(charge("3ds", "80.00", THREE_D_SECURE))).isEqualTo(done);
        assertThat(gateway.refund("r-3ds", asked.transactionId(), chf("80.00")).amount()).isEqualTo(chf("80.00"));
    }

    @Test
    void PAY_5_anythingButApproveFails3DSecureAndDeclines() throws Refusal {
        for (String answer : new String[] {"decline", "", null, "approved", " approve"}) {
            Result asked = gateway.charge(charge("3ds-" + answer, "80.00", THREE_D_SECURE));
            Result done = gateway.complete(asked.transactionId(), answer);
            assertThat(done.outcome()).as(answer).isEqualTo(Outcome.DECLINED);
            refused(done::requireApproved, BillingError.CARD_DECLINED);
        }
    }

    @Test
    void PAY_5_completingTwiceAnswersTheFirstDecision() throws Refusal {
        Result approved = gateway.complete(gateway.charge(charge("c1", "10.00", THREE_D_SECURE)).transactionId(),
                "APPROVE");
        assertThat(gateway.complete(approved.transactionId(), "decline")).isEqualTo(approved);
        assertThat(approved.outcome()).isEqualTo(Outcome.APPROVED);

        Result declined = gateway.complete(gateway.charge(charge("c2", "10.00", THREE_D_SECURE)).transactionId(),
                "cancel");
        assertThat(gateway.complete(declined.transactionId(), "approve")).isEqualTo(declined);
        assertThat(declined.outcome()).isEqualTo(Outcome.DECLINED);
    }

    @Test
    void PAY_5_completeRefusesAnUnknownTransactionAndOneThatAskedForNothing() throws Refusal {
        refused(() -> gateway.complete("sim_unknown", "approve"), BillingError.PAYMENT_UNKNOWN);
        refused(() -> gateway.complete(null, "approve"), BillingError.PAYMENT_UNKNOWN);
        refused(() -> gateway.status("sim_unknown"), BillingError.PAYMENT_UNKNOWN);
        String approved = gateway.charge(charge("n1", "10.00", VISA)).transactionId();
        refused(() -> gateway.complete(approved, "approve"), BillingError.PAYMENT_NOT_AWAITING_CONFIRMATION);
        String pending = gateway.charge(charge("n2", "10.00", SETTLES_DECLINED)).transactionId();
        refused(() -> gateway.complete(pending, "approve"), BillingError.PAYMENT_NOT_AWAITING_CONFIRMATION);
        clock.advance(SimulatedGateway.DEFAULT_SETTLING_DELAY);
        assertThat(gateway.status(pending).outcome()).isEqualTo(Outcome.DECLINED);
    }

    @Test
    void PAY_5_aPendingCardIsApprovedByTheProviderOnceTheDelayIsOver() throws Refusal {
        Result pending = gateway.charge(charge("p1", "60.00", SETTLES_APPROVED));
        assertThat(pending.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(pending.waiting()).isTrue();
        refused(pending::requireApproved, BillingError.PAYMENT_PENDING);
        refused(() -> gateway.refund("r-p1-early", pending.transactionId(), chf("1.00")),
                BillingError.PAYMENT_NOT_REFUNDABLE);

        clock.advance(Duration.ofMillis(4999));
        assertThat(gateway.status(pending.transactionId()).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(gateway.charge(charge("p1", "60.00", SETTLES_APPROVED)).outcome()).isEqualTo(Outcome.PENDING);

        clock.advance(Duration.ofMillis(1));
        Result settled = gateway.status(pending.transactionId());
        assertThat(settled.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(settled.transactionId()).isEqualTo(pending.transactionId());
        // The caller refused by PAYMENT_PENDING repeats the same request and now gets the approval.
        assertThat(gateway.charge(charge("p1", "60.00", SETTLES_APPROVED)).requireApproved()).isEqualTo(settled);
        assertThat(gateway.refund("r-p1", pending.transactionId(), chf("60.00")).amount()).isEqualTo(chf("60.00"));
    }

    @Test
    void PAY_5_aPendingCardCanBeDeclinedByTheProviderOnceTheDelayIsOver() throws Refusal {
        Result pending = gateway.charge(charge("p2", "60.00", SETTLES_DECLINED));
        assertThat(pending.outcome()).isEqualTo(Outcome.PENDING);
        clock.advance(Duration.ofMillis(4999));
        assertThat(gateway.status(pending.transactionId()).outcome()).isEqualTo(Outcome.PENDING);
        clock.advance(Duration.ofMillis(1));
        Result settled = gateway.status(pending.transactionId());
        assertThat(settled.outcome()).isEqualTo(Outcome.DECLINED);
        refused(settled::requireApproved, BillingError.CARD_DECLINED);
        refused(() -> gateway.refund("r-p2", pending.transactionId(), chf("1.00")), BillingError.PAYMENT_NOT_REFUNDABLE);
    }

    @Test
    void PAY_5_theSettlingDelayIsConfigurable() throws Refusal {
        SimulatedGateway slow = new SimulatedGateway(clock, Duration.ofSeconds(30));
        String slowly = slow.charge(charge("d1", "10.00", SETTLES_APPROVED)).transactionId();
        SimulatedGateway configured = new SimulatedGateway();
        configured.configure(clock, "PT2S");
        String quickly = configured.charge(charge("d1", "10.00", SETTLES_APPROVED)).transactionId();

        clock.advance(Duration.ofSeconds(2));
        assertThat(configured.status(quickly).outcome()).isEqualTo(Outcome.APPROVED);
        clock.advance(Duration.ofSeconds(27));
        assertThat(slow.status(slowly).outcome()).isEqualTo(Outcome.PENDING);
        clock.advance(Duration.ofSeconds(1));
        assertThat(slow.status(slowly).outcome()).isEqualTo(Outcome.APPROVED);
        assertThatThrownBy(() -> new SimulatedGateway(clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void PAY_5_aTimedOutChargeWasTakenOnceAndARepeatWithTheSameKeyGetsItsApproval() throws Refusal {
        assertThatThrownBy(() -> gateway.charge(charge("t1", "45.00", TIMES_OUT)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.errorCode()).isEqualTo(BillingError.GATEWAY_TIMEOUT);
                    assertThat(r.errorCode().httpStatus()).isEqualTo(504);
                    assertThat(r.message(Locale.ENGLISH)).contains("same request").contains("only once");
                });
        Result repeated = gateway.charge(charge("t1", "45.00", TIMES_OUT));
        assertThat(repeated.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(repeated.lastDigits()).isEqualTo("0119");
        assertThat(gateway.charge(charge("t1", "45.00", TIMES_OUT))).isEqualTo(repeated);
        assertThat(gateway.status(repeated.transactionId())).isEqualTo(repeated);
        refused(() -> gateway.charge(charge("t1", "46.00", TIMES_OUT)), BillingError.IDEMPOTENCY_KEY_REUSED);
        // One charge of 45.00 behind the key: refundable once, never twice.
        gateway.refund("r-t1", repeated.transactionId(), chf("45.00"));
        refused(() -> gateway.refund("r-t1-more", repeated.transactionId(), chf("0.01")),
                BillingError.REFUND_EXCEEDS_REMAINING);
        // A new key is a new payment, whose first answer is lost again.
        refused(() -> gateway.charge(charge("t2", "45.00", TIMES_OUT)), BillingError.GATEWAY_TIMEOUT);
        assertThat(gateway.charge(charge("t2", "45.00", TIMES_OUT)).transactionId())
                .isNotEqualTo(repeated.transactionId());
    }

    @Test
    void PAY_5_aChargeWhoseAnswerWasLostIsFoundByItsKeyWithoutChargingAgain() throws Refusal {
        assertThat(gateway.lookup("never-sent")).as("the provider never received it").isEmpty();
        refused(() -> gateway.charge(charge("lost", "45.00", TIMES_OUT)), BillingError.GATEWAY_TIMEOUT);
        Result found = gateway.lookup("lost").orElseThrow();
        assertThat(found.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(found.lastDigits()).isEqualTo("0119");
        assertThat(gateway.charge(charge("lost", "45.00", TIMES_OUT)).transactionId())
                .as("the same transaction, not a second charge").isEqualTo(found.transactionId());
        gateway.refund("lost-refund", found.transactionId(), chf("45.00"));
        assertThat(gateway.lookup("lost-refund")).as("a refund's key is no charge").isEmpty();
    }

    @Test
    void PAY_5_payPalBuyersApproveEveryChargeAtPayPal() throws Refusal {
        Result asked = gateway.charge(charge("pp1", "30.00", PaymentMethod.PAYPAL, " Buyer@Example.com "));
        assertThat(asked.outcome()).isEqualTo(Outcome.ACTION_REQUIRED);
        assertThat(asked.brand()).isEqualTo("PayPal");
        assertThat(asked.lastDigits()).isEqualTo("b\u2022\u2022\u2022@example.com");
        refused(asked::requireApproved, BillingError.PAYMENT_CONFIRMATION_REQUIRED);
        assertThat(gateway.charge(charge("pp1", "30.00", PaymentMethod.PAYPAL, "buyer@example.com")))
                .isEqualTo(asked);

        Result approved = gateway.complete(asked.transactionId(), "approve");
        assertThat(approved.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(approved.profileToken()).isNull();
        assertThat(gateway.complete(asked.transactionId(), "approve")).isEqualTo(approved);

        Result second = gateway.charge(charge("pp2", "30.00", PaymentMethod.PAYPAL, "buyer@example.com"));
        assertThat(second.outcome()).isEqualTo(Outcome.ACTION_REQUIRED);
        assertThat(second.transactionId()).isNotEqualTo(asked.transactionId());
    }

    @Test
    void PAY_5_theDeclinedPayPalTestAccountIsDeclinedAtCompletion() throws Refusal {
        Result asked = gateway.charge(charge("pp3", "30.00", PaymentMethod.PAYPAL, "declined@paypal.example"));
        assertThat(asked.outcome()).isEqualTo(Outcome.ACTION_REQUIRED);
        Result declined = gateway.complete(asked.transactionId(), "approve");
        assertThat(declined.outcome()).isEqualTo(Outcome.DECLINED);
        assertThatThrownBy(declined::requireApproved).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.errorCode()).isEqualTo(BillingError.PAYMENT_DECLINED);
            assertThat(r.message(Locale.ENGLISH)).startsWith("PayPal declined the payment.");
        });
    }

    @Test
    void PAY_5_aPayPalAccountIsAnEmailAddress() {
        for (String bad : new String[] {"", "buyer", "buyer@", "@example.com", "buyer@example", "bu yer@example.com",
                "buyer@@example.com", "buyer@example..com", "4242424242424242", "x".repeat(250) + "@example.com"}) {
            refused(() -> gateway.charge(charge("pp-bad", "10.00", PaymentMethod.PAYPAL, bad)),
                    BillingError.PAYPAL_ACCOUNT_INVALID);
        }
        refused(() -> gateway.charge(charge("pp-null", "10.00", PaymentMethod.PAYPAL, null)),
                BillingError.PAYPAL_ACCOUNT_INVALID);
    }

    @Test
    void PAY_5_aFirstTwintPaymentIsApprovedInTheAppAndSavesTheProfile() throws Refusal {
        Result asked = gateway.charge(charge("tw1", "20.00", PaymentMethod.TWINT, MOBILE));
        assertThat(asked.outcome()).isEqualTo(Outcome.ACTION_REQUIRED);
        assertThat(asked.brand()).isEqualTo("Twint");
        assertThat(asked.lastDigits()).isEqualTo("4567");
        assertThat(asked.profileToken()).isNull();

        Result approved = gateway.complete(asked.transactionId(), "approve");
        assertThat(approved.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(approved.profileToken()).startsWith("twint_profile_");
        assertThat(gateway.complete(asked.transactionId(), "approve")).isEqualTo(approved);
        assertThat(gateway.charge(charge("tw1", "20.00", PaymentMethod.TWINT, "079 123 45 67"))).isEqualTo(approved);

        // The same phone paying again through the app keeps its one profile.
        Result again = gateway.complete(
                gateway.charge(charge("tw2", "20.00", PaymentMethod.TWINT, "0041791234567")).transactionId(), "approve");
        assertThat(again.profileToken()).isEqualTo(approved.profileToken());
        Result otherPhone = gateway.complete(
                gateway.charge(charge("tw3", "20.00", PaymentMethod.TWINT, "078 765 43 21")).transactionId(), "approve");
        assertThat(otherPhone.profileToken()).startsWith("twint_profile_").isNotEqualTo(approved.profileToken());
    }

    @Test
    void PAY_5_aTwintPaymentRefusedInTheAppSavesNoProfile() throws Refusal {
        Result asked = gateway.charge(charge("tw4", "20.00", PaymentMethod.TWINT, "076 000 11 22"));
        Result declined = gateway.complete(asked.transactionId(), "reject");
        assertThat(declined.outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(declined.profileToken()).isNull();
        refused(declined::requireApproved, BillingError.PAYMENT_DECLINED);
    }

    @Test
    void PAY_5_twintPaysFromASwissMobileNumber() throws Refusal {
        for (String good : new String[] {"+41791234567", "0791234567", "+41 75 123 45 67", "077-123-45-67",
                "(079) 123.45.67"}) {
            assertThat(gateway.charge(charge("twg-" + good, "10.00", PaymentMethod.TWINT, good)).outcome()).as(good)
                    .isEqualTo(Outcome.ACTION_REQUIRED);
        }
        for (String bad : new String[] {"", "+41 44 123 45 67", "044 123 45 67", "+33 6 12 34 56 78", "079 123 45",
                "079 123 45 678", "+41 079 123 45 67", "hello", "buyer@example.com"}) {
            refused(() -> gateway.charge(charge("twb-" + bad, "10.00", PaymentMethod.TWINT, bad)),
                    BillingError.TWINT_NUMBER_INVALID);
        }
        refused(() -> gateway.charge(charge("twb-null", "10.00", PaymentMethod.TWINT, null)),
                BillingError.TWINT_NUMBER_INVALID);
    }

    @Test
    void REN_2_aSavedTwintProfilePaysALaterChargeWithoutTheApp() throws Refusal {
        String profile = gateway.complete(
                gateway.charge(charge("tw5", "20.00", PaymentMethod.TWINT, MOBILE)).transactionId(), "approve")
                .profileToken();

        Result renewal = gateway.charge(charge("renewal-1", "120.00", PaymentMethod.TWINT, profile));
        assertThat(renewal.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(renewal.requireApproved()).isSameAs(renewal);
        assertThat(renewal.brand()).isEqualTo("Twint");
        assertThat(renewal.lastDigits()).isEqualTo("4567");
        assertThat(renewal.profileToken()).isEqualTo(profile);
        assertThat(gateway.charge(charge("renewal-1", "120.00", PaymentMethod.TWINT, profile))).isEqualTo(renewal);
        refused(() -> gateway.complete(renewal.transactionId(), "approve"),
                BillingError.PAYMENT_NOT_AWAITING_CONFIRMATION);
        refused(() -> gateway.charge(charge("renewal-1", "120.00", PaymentMethod.TWINT, MOBILE)),
                BillingError.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void REN_2_anUnknownTwintProfileIsRefused() throws Refusal {
        refused(() -> gateway.charge(charge("tw6", "20.00", PaymentMethod.TWINT, "twint_profile_0000000000")),
                BillingError.TWINT_PROFILE_UNKNOWN);
        // A profile is the provider's: another gateway (another provider account) does not know it.
        String profile = gateway.complete(
                gateway.charge(charge("tw7", "20.00", PaymentMethod.TWINT, MOBILE)).transactionId(), "approve")
                .profileToken();
        SimulatedGateway other = new SimulatedGateway(clock);
        refused(() -> other.charge(charge("tw8", "20.00", PaymentMethod.TWINT, profile)),
                BillingError.TWINT_PROFILE_UNKNOWN);
        // A refused request claimed nothing: the same key may serve once the profile exists.
        assertThat(gateway.charge(charge("tw6", "20.00", PaymentMethod.TWINT, profile)).approved()).isTrue();
    }

    @Test
    void PAY_5_partialRefundsAddUpToAtMostTheChargedAmount() throws Refusal {
        String charged = gateway.charge(charge("rf1", "100.00", VISA)).transactionId();
        PaymentGateway.Refund first = gateway.refund("rf1-a", charged, chf("30.00"));
        assertThat(first.refundId()).isNotBlank().isNotEqualTo(charged);
        assertThat(first.transactionId()).isEqualTo(charged);
        assertThat(first.amount()).isEqualTo(chf("30.00"));
        assertThatThrownBy(() -> gateway.refund("rf1-b", charged, chf("70.05")))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.errorCode()).isEqualTo(BillingError.REFUND_EXCEEDS_REMAINING);
                    assertThat(r.message(Locale.ENGLISH)).contains("CHF 70.00");
                });
        PaymentGateway.Refund rest = gateway.refund("rf1-c", charged, chf("70.00"));
        assertThat(rest.refundId()).isNotEqualTo(first.refundId());
        refused(() -> gateway.refund("rf1-d", charged, chf("0.01")), BillingError.REFUND_EXCEEDS_REMAINING);
    }

    @Test
    void PAY_5_aRepeatedRefundGetsTheFirstAnswerAndGivesBackOnce() throws Refusal {
        String charged = gateway.charge(charge("rf2", "50.00", VISA)).transactionId();
        String other = gateway.charge(charge("rf3", "50.00", VISA)).transactionId();
        PaymentGateway.Refund first = gateway.refund("rf2-a", charged, chf("20.00"));
        assertThat(gateway.refund("rf2-a", charged, chf("20.00"))).isEqualTo(first);
        refused(() -> gateway.refund("rf2-a", charged, chf("25.00")), BillingError.IDEMPOTENCY_KEY_REUSED);
        refused(() -> gateway.refund("rf2-a", other, chf("20.00")), BillingError.IDEMPOTENCY_KEY_REUSED);
        refused(() -> gateway.refund("rf2", charged, chf("20.00")), BillingError.IDEMPOTENCY_KEY_REUSED);
        refused(() -> gateway.charge(charge("rf2-a", "20.00", VISA)), BillingError.IDEMPOTENCY_KEY_REUSED);
        refused(() -> gateway.refund("", charged, chf("20.00")), BillingError.IDEMPOTENCY_KEY_REQUIRED);
        // The repeat gave nothing back: exactly 30.00 remain.
        gateway.refund("rf2-b", charged, chf("30.00"));
        refused(() -> gateway.refund("rf2-c", charged, chf("0.01")), BillingError.REFUND_EXCEEDS_REMAINING);
    }

    @Test
    void PAY_5_refundsAreRefusedForUnknownOrUnpaidChargesOtherCurrenciesAndNoAmount() throws Refusal {
        refused(() -> gateway.refund("rf4", "sim_unknown", chf("1.00")), BillingError.PAYMENT_UNKNOWN);
        String declined = gateway.charge(charge("rf5", "10.00", "4000 0000 0000 0002")).transactionId();
        refused(() -> gateway.refund("rf5-a", declined, chf("1.00")), BillingError.PAYMENT_NOT_REFUNDABLE);
        String poor = gateway.charge(charge("rf6", "10.00", "4000 0000 0000 9995")).transactionId();
        refused(() -> gateway.refund("rf6-a", poor, chf("1.00")), BillingError.PAYMENT_NOT_REFUNDABLE);
        String payPal = gateway.charge(charge("rf7", "10.00", PaymentMethod.PAYPAL, "buyer@example.com")).transactionId();
        refused(() -> gateway.refund("rf7-a", payPal, chf("1.00")), BillingError.PAYMENT_NOT_REFUNDABLE);

        String charged = gateway.charge(charge("rf8", "10.00", VISA)).transactionId();
        assertThatThrownBy(() -> gateway.refund("rf8-a", charged, Money.of("5.00", Currency.EUR)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.errorCode()).isEqualTo(BillingError.CURRENCY_MISMATCH);
                    assertThat(r.message(Locale.ENGLISH)).isEqualTo(
                            "Amounts in EUR cannot be used here: this is billed in CHF.");
                });
        refused(() -> gateway.refund("rf8-b", charged, chf("0.00")), BillingError.REFUND_AMOUNT_NOT_POSITIVE);
        refused(() -> gateway.refund("rf8-c", charged, chf("-1.00")), BillingError.REFUND_AMOUNT_NOT_POSITIVE);
        // None of the refused refunds gave anything back.
        assertThat(gateway.refund("rf8-d", charged, chf("10.00")).amount()).isEqualTo(chf("10.00"));
    }

    /** A clock the test moves forward by hand, so that the settling delay passes without waiting. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void PAY_5_aTransactionAProviderHasForgottenEndsAsTakingNoMoney() throws Refusal {
        PaymentGateway.Result waiting = gateway.charge(new PaymentGateway.Charge("forgotten-1",
                Money.of("10.00", Currency.CHF), PaymentMethod.CARD, "4000 0027 6000 3184", "test"));
        assertThat(waiting.outcome()).isEqualTo(PaymentGateway.Outcome.ACTION_REQUIRED);
        SimulatedGateway restarted = new SimulatedGateway();
        assertThatThrownBy(() -> restarted.status(waiting.transactionId())).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(BillingError.PAYMENT_UNKNOWN));
        PaymentGateway.Result forgotten = restarted.statusOrForgotten(waiting.transactionId());
        assertThat(forgotten.approved()).isFalse();
        assertThat(forgotten.waiting()).isFalse();
        assertThat(forgotten.declineReason()).isEqualTo(BillingError.PAYMENT_UNKNOWN);
        assertThat(restarted.completeOrForgotten(waiting.transactionId(), "approve").declineReason())
                .isEqualTo(BillingError.PAYMENT_UNKNOWN);
        assertThat(gateway.statusOrForgotten(waiting.transactionId()).outcome())
                .as("a provider that remembers answers as usual").isEqualTo(PaymentGateway.Outcome.ACTION_REQUIRED);
    }
}
