package ch.partnerportal.billing;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.prepaid.entity.Coverage;
import ch.partnerportal.billing.prepaid.entity.MovementKind;
import ch.partnerportal.billing.prepaid.entity.PrepaidAccount;
import ch.partnerportal.billing.prepaid.entity.PrepaidMovement;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Random;

import static ch.partnerportal.billing.Refusals.refused;
import static ch.partnerportal.billing.api.PaymentMethod.CARD;
import static ch.partnerportal.billing.api.PaymentMethod.IBAN_TRANSFER;
import static ch.partnerportal.billing.api.PaymentMethod.POSTFINANCE;
import static ch.partnerportal.kernel.Currency.CHF;
import static ch.partnerportal.kernel.Currency.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrepaidAccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private PrepaidAccount francs;
    private PrepaidAccount euros;
    private int keys;

    @BeforeEach
    void setUp() {
        francs = PrepaidAccount.open("org-ch", CHF, NOW);
        euros = PrepaidAccount.open("org-de", EUR, NOW);
    }

    private String key() {
        return "key-" + (++keys);
    }

    private static Money chf(String amount) {
        return Money.of(amount, CHF);
    }

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    @Test
    void PAY_6_aDepositIsBetween0_10And9999_00InTheAccountsCurrency() throws Refusal {
        for (PrepaidAccount account : new PrepaidAccount[] {francs, euros}) {
            Currency currency = account.currency();
            for (String wrong : new String[] {"0", "0.01", "0.09", "9999.01", "10000", "50000"}) {
                refused(BillingError.DEPOSIT_OUT_OF_RANGE,
                        () -> account.deposit(Money.of(wrong, currency), CARD, key(), null, NOW));
            }
            account.deposit(Money.of("0.10", currency), CARD, key(), null, NOW);
            account.deposit(Money.of("9999.00", currency), IBAN_TRANSFER, key(), null, NOW);
            assertThat(account.balance()).isEqualTo(Money.of("9999.10", currency));
            assertThat(account.ledger()).hasSize(2);
        }
    }

    @Test
    void PAY_6_depositsAreByCardPostFinanceInFrancsOnlyOrIbanTransfer() throws Refusal {
        francs.deposit(chf("10"), POSTFINANCE, key(), null, NOW);
        euros.deposit(eur("10"), CARD, key(), null, NOW);
        refused(BillingError.METHOD_NOT_AVAILABLE_IN_CURRENCY,
                () -> euros.deposit(eur("10"), POSTFINANCE, key(), null, NOW));
        for (PaymentMethod method : new PaymentMethod[] {PaymentMethod.PAYPAL, PaymentMethod.TWINT,
                PaymentMethod.PREPAID}) {
            refused(BillingError.METHOD_CANNOT_CREDIT_PREPAID, () -> francs.deposit(chf("10"), method, key(), null, NOW));
        }
        assertThat(francs.balance()).isEqualTo(chf("10"));
        assertThat(euros.balance()).isEqualTo(eur("10"));
        assertThat(francs.ledger().get(0).method()).contains(POSTFINANCE);
    }

    @Test
    void PAY_6_theLimitsAreCheckedBeforeAnyMoneyIsTaken() throws Refusal {
        francs.checkDeposit(chf("50"), CARD);
        refused(BillingError.DEPOSIT_OUT_OF_RANGE, () -> francs.checkDeposit(chf("0.05"), CARD));
        refused(BillingError.CURRENCY_MISMATCH, () -> francs.checkDeposit(eur("50"), CARD));
        assertThat(francs.ledger()).isEmpty();
    }

    @Test
    void PAY_6_aDepositInAnotherCurrencyIsRefused() {
        refused(BillingError.CURRENCY_MISMATCH, () -> francs.deposit(eur("10"), CARD, key(), null, NOW));
        refused(BillingError.CURRENCY_MISMATCH, () -> euros.pay(chf("1"), key(), null, NOW));
        assertThat(francs.balance().isZero()).isTrue();
    }

    @Test
    void PAY_5_theBalanceNeverGoesBelowZero() throws Refusal {
        francs.deposit(chf("20.00"), CARD, key(), null, NOW);
        refused(BillingError.INSUFFICIENT_BALANCE, () -> francs.pay(chf("20.05"), key(), "CHF-2026-000001", NOW));
        assertThat(francs.balance()).isEqualTo(chf("20.00"));
        assertThat(francs.ledger()).hasSize(1);

        PrepaidMovement payment = francs.pay(chf("20.00"), key(), "CHF-2026-000001", NOW);
        assertThat(payment.kind()).isEqualTo(MovementKind.PAYMENT);
        assertThat(payment.amount()).isEqualTo(chf("-20.00"));
        assertThat(payment.balanceAfter().isZero()).isTrue();
        assertThat(payment.reference()).contains("CHF-2026-000001");
        refused(BillingError.INSUFFICIENT_BALANCE, () -> francs.pay(chf("0.05"), key(), null, NOW));
        assertThatThrownBy(() -> francs.pay(chf("0"), key(), null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void PAY_5_theBalancePaysWhatItCanAndAnotherMethodTheRest() throws Refusal {
        Coverage none = francs.coverage(chf("100.05"));
        assertThat(none.fromBalance().isZero()).isTrue();
        assertThat(none.rest()).isEqualTo(chf("100.05"));

        francs.deposit(chf("50.03"), CARD, key(), null, NOW);
        Coverage part = francs.coverage(chf("100.05"));
        // in francs both parts stay payable: 50.00 from the balance, 50.05 by card; 0.03 stay
        assertThat(part.fromBalance()).isEqualTo(chf("50.00"));
        assertThat(part.rest()).isEqualTo(chf("50.05"));
        assertThat(part.isComplete()).isFalse();
        assertThat(part.total()).isEqualTo(chf("100.05"));

        Coverage all = francs.coverage(chf("30.10"));
        assertThat(all.fromBalance()).isEqualTo(chf("30.10"));
        assertThat(all.isComplete()).isTrue();

        euros.deposit(eur("50.03"), CARD, key(), null, NOW);
        assertThat(euros.coverage(eur("100.05")).fromBalance()).isEqualTo(eur("50.03"));

        francs.pay(part.fromBalance(), key(), null, NOW);
        assertThat(francs.balance()).isEqualTo(chf("0.03"));
        assertThatThrownBy(() -> francs.coverage(chf("10.03"))).isInstanceOf(IllegalArgumentException.class);
        refused(BillingError.CURRENCY_MISMATCH, () -> francs.coverage(eur("10")));
    }

    @Test
    void aRepeatedDepositWithTheSameKeyIsBookedOnce() throws Refusal {
        PrepaidMovement first = francs.deposit(chf("100"), CARD, "deposit-1", "pay_123", NOW);
        PrepaidMovement again = francs.deposit(chf("100"), CARD, "deposit-1", "pay_123", NOW.plusSeconds(5));
        assertThat(again).isSameAs(first);
        assertThat(francs.balance()).isEqualTo(chf("100"));
        assertThat(francs.ledger()).hasSize(1);
    }

    @Test
    void aRepeatedPaymentReturnsTheFirstOneEvenThoughTheBalanceNoLongerCoversIt() throws Refusal {
        francs.deposit(chf("60"), CARD, key(), null, NOW);
        PrepaidMovement first = francs.pay(chf("50"), "checkout-7", "CHF-2026-000007", NOW);
        PrepaidMovement again = francs.pay(chf("50"), "checkout-7", "CHF-2026-000007", NOW);
        assertThat(again).isSameAs(first);
        assertThat(francs.balance()).isEqualTo(chf("10"));
    }

    @Test
    void aKeyReusedForADifferentMovementIsRefusedAndAMissingKeyToo() throws Refusal {
        francs.deposit(chf("100"), CARD, "k", null, NOW);
        refused(BillingError.IDEMPOTENCY_KEY_REUSED, () -> francs.deposit(chf("101"), CARD, "k", null, NOW));
        refused(BillingError.IDEMPOTENCY_KEY_REUSED, () -> francs.deposit(chf("100"), IBAN_TRANSFER, "k", null, NOW));
        refused(BillingError.IDEMPOTENCY_KEY_REUSED, () -> francs.pay(chf("100"), "k", null, NOW));
        refused(BillingError.IDEMPOTENCY_KEY_REUSED, () -> francs.creditCashback(chf("100"), "k", null, NOW));
        refused(BillingError.IDEMPOTENCY_KEY_REQUIRED, () -> francs.deposit(chf("1"), CARD, null, null, NOW));
        refused(BillingError.IDEMPOTENCY_KEY_REQUIRED, () -> francs.pay(chf("1"), " ", null, NOW));
        refused(BillingError.FIELD_TOO_LONG, () -> francs.deposit(chf("1"), CARD, "k".repeat(101), null, NOW));
        refused(BillingError.FIELD_TOO_LONG, () -> francs.deposit(chf("1"), CARD, key(), "r".repeat(81), NOW));
        assertThat(francs.balance()).isEqualTo(chf("100"));
    }

    @Test
    void aRefusedRequestBooksNothingAndMayBeRetriedWithItsKey() throws Refusal {
        refused(BillingError.INSUFFICIENT_BALANCE, () -> francs.pay(chf("5"), "retry-me", null, NOW));
        francs.deposit(chf("5"), CARD, key(), null, NOW);
        assertThat(francs.pay(chf("5"), "retry-me", null, NOW).balanceAfter().isZero()).isTrue();
    }

    @Test
    void aBankTransferThatMatchesNothingIsCreditedInFullWhateverItsAmount() throws Refusal {
        PrepaidMovement credit = francs.creditUnmatchedTransfer(chf("12000.00"), "camt-entry-1", "RF18539007547034",
                NOW);
        assertThat(credit.kind()).isEqualTo(MovementKind.UNMATCHED_TRANSFER);
        assertThat(credit.method()).contains(IBAN_TRANSFER);
        assertThat(francs.balance()).isEqualTo(chf("12000.00"));
        assertThat(francs.creditUnmatchedTransfer(chf("12000.00"), "camt-entry-1", "RF18539007547034", NOW))
                .isSameAs(credit);
    }

    @Test
    void PAR_8_cashbackIsCreditedToThePartnersPrepaidAccount() throws Refusal {
        PrepaidMovement cashback = francs.creditCashback(chf("52.08"), "cashback-CHF-2026-000001", "CHF-2026-000001",
                NOW);
        assertThat(cashback.kind()).isEqualTo(MovementKind.CASHBACK);
        assertThat(cashback.kind().isCredit()).isTrue();
        assertThat(francs.balance()).isEqualTo(chf("52.08"));
        francs.refund(chf("10"), key(), "CN-CHF-2026-000001", NOW);
        assertThat(francs.balance()).isEqualTo(chf("62.08"));
    }

    @Test
    void theBalanceIsAlwaysTheSumOfTheLedgerAndNeverNegative() {
        Random random = new Random(6);
        for (int round = 0; round < 200; round++) {
            PrepaidAccount account = PrepaidAccount.open("org", CHF, NOW);
            Money expected = Money.zero(CHF);
            for (int step = 0; step < 60; step++) {
                Money amount = new Money(BigDecimal.valueOf(random.nextLong(-100, 1_200_000), 2), CHF);
                String key = "k" + random.nextInt(40);
                try {
                    PrepaidMovement before = account.movementWithKey(key).orElse(null);
                    PrepaidMovement booked = switch (random.nextInt(4)) {
                        case 0 -> account.deposit(amount, CARD, key, null, NOW);
                        case 1 -> account.pay(amount, key, null, NOW);
                        case 2 -> account.refund(amount, key, null, NOW);
                        default -> account.pay(account.coverage(amount.abs().payable()).fromBalance(), key, null, NOW);
                    };
                    if (before == null) {
                        expected = expected.plus(booked.amount());
                    } else {
                        assertThat(booked).isSameAs(before);
                    }
                } catch (Refusal | IllegalArgumentException refused) {
                    // refused requests book nothing
                }
                assertThat(account.balance()).isEqualTo(expected);
                assertThat(account.balance().isNegative()).isFalse();
            }
            Money running = Money.zero(CHF);
            long line = 0;
            for (PrepaidMovement movement : account.ledger()) {
                running = running.plus(movement.amount());
                assertThat(movement.balanceAfter()).isEqualTo(running);
                assertThat(movement.balanceAfter().isNegative()).isFalse();
                assertThat(movement.lineNumber()).isEqualTo(++line);
                assertThat(movement.amount().isPositive()).isEqualTo(movement.kind().isCredit());
            }
            assertThat(running).isEqualTo(account.balance());
            assertThat(account.ledger().stream().map(PrepaidMovement::idempotencyKey).distinct().count())
                    .isEqualTo(account.ledger().size());
        }
    }
}
