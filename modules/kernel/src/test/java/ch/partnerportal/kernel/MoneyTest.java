package ch.partnerportal.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static ch.partnerportal.kernel.Currency.CHF;
import static ch.partnerportal.kernel.Currency.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static Money chf(String amount) {
        return Money.of(amount, CHF);
    }

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    @Test
    void amountsAlwaysHaveTwoDecimalsAndEqualityIgnoresHowTheyWereWritten() {
        assertThat(chf("12.5").amount().toPlainString()).isEqualTo("12.50");
        assertThat(chf("12")).isEqualTo(chf("12.00"));
        assertThat(chf("12.500")).isEqualTo(chf("12.50"));
        assertThat(chf("12.50")).isNotEqualTo(eur("12.50"));
        assertThat(chf("12.50").hashCode()).isEqualTo(chf("12.5").hashCode());
        assertThat(chf("1234.5")).hasToString("CHF 1234.50");
    }

    @Test
    void anAmountWithFractionsOfACentIsAProgrammingError() {
        assertThatThrownBy(() -> chf("0.001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("1E-3"), EUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(null, EUR)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void arithmeticIsExact() {
        assertThat(chf("0.10").plus(chf("0.20"))).isEqualTo(chf("0.30"));
        assertThat(chf("10.00").minus(chf("10.05"))).isEqualTo(chf("-0.05"));
        assertThat(chf("347.20").times(35)).isEqualTo(chf("12152.00"));
        assertThat(chf("12.35").times(10)).isEqualTo(chf("123.50"));
        assertThat(chf("3.10").negate()).isEqualTo(chf("-3.10"));
        assertThat(chf("-3.10").abs()).isEqualTo(chf("3.10"));
        assertThat(Money.sum(EUR, List.of(eur("0.01"), eur("0.02"), eur("0.03")))).isEqualTo(eur("0.06"));
        assertThat(Money.sum(EUR, List.of())).isEqualTo(Money.zero(EUR));
        // the sum of a tenth a thousand times is exactly 100: a double would not be
        Money total = Money.zero(CHF);
        for (int i = 0; i < 1000; i++) {
            total = total.plus(chf("0.10"));
        }
        assertThat(total).isEqualTo(chf("100.00"));
    }

    @Test
    void currenciesAreNeverMixed() {
        assertThatThrownBy(() -> chf("1").plus(eur("1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chf("1").minus(eur("1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chf("1").compareTo(eur("1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chf("1").min(eur("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.sum(CHF, List.of(eur("1")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signsAndComparisons() {
        assertThat(chf("0").isZero()).isTrue();
        assertThat(chf("0.01").isPositive()).isTrue();
        assertThat(chf("-0.01").isNegative()).isTrue();
        assertThat(chf("0").isPositive()).isFalse();
        assertThat(chf("0").isNegative()).isFalse();
        assertThat(chf("10.00").isGreaterThan(chf("9.99"))).isTrue();
        assertThat(chf("10.00").isLessThan(chf("10"))).isFalse();
        assertThat(chf("10.00").compareTo(chf("10"))).isZero();
        assertThat(chf("3").min(chf("4"))).isEqualTo(chf("3"));
        assertThat(chf("3").max(chf("4"))).isEqualTo(chf("4"));
    }

    @Test
    void PAR_8_percentagesRoundHalfUpAndADiscountPlusTheDiscountedPriceIsTheOriginal() {
        assertThat(chf("347.20").discountedBy(new BigDecimal("20"))).isEqualTo(chf("277.76"));
        assertThat(chf("277.76").discountedBy(new BigDecimal("25"))).isEqualTo(chf("208.32"));
        assertThat(chf("100.05").percentage(new BigDecimal("8.1"))).isEqualTo(chf("8.10"));
        assertThat(chf("0.05").percentage(new BigDecimal("10"))).isEqualTo(chf("0.01"));
        assertThat(chf("0.05").discountedBy(new BigDecimal("10"))).isEqualTo(chf("0.04"));
        assertThat(chf("10").discountedBy(BigDecimal.ZERO)).isEqualTo(chf("10"));
        assertThat(chf("10").discountedBy(new BigDecimal("100"))).isEqualTo(chf("0"));
        assertThatThrownBy(() -> chf("10").discountedBy(new BigDecimal("100.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chf("10").discountedBy(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);

        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            Money price = new Money(BigDecimal.valueOf(random.nextInt(2_000_000), 2), CHF);
            BigDecimal percent = BigDecimal.valueOf(random.nextInt(10_001), 2);
            Money discounted = price.discountedBy(percent);
            Money discount = price.percentage(percent);
            assertThat(discounted.plus(discount)).isEqualTo(price);
            assertThat(discounted.isNegative()).isFalse();
            assertThat(discounted.compareTo(price)).isLessThanOrEqualTo(0);
            // within half a cent of the exact value
            BigDecimal exact = price.amount().multiply(BigDecimal.valueOf(100).subtract(percent))
                    .divide(BigDecimal.valueOf(100));
            assertThat(discounted.amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
    }

    @Test
    void PAY_9_francsPayableAreRoundedHalfUpToFiveRappen() {
        assertThat(chf("10.02").payable()).isEqualTo(chf("10.00"));
        assertThat(chf("10.03").payable()).isEqualTo(chf("10.05"));
        assertThat(chf("10.07").payable()).isEqualTo(chf("10.05"));
        assertThat(chf("10.08").payable()).isEqualTo(chf("10.10"));
        assertThat(chf("10.98").payable()).isEqualTo(chf("11.00"));
        assertThat(chf("-10.03").payable()).isEqualTo(chf("-10.05"));
        assertThat(eur("10.03").payable()).isEqualTo(eur("10.03"));
        assertThat(chf("10.05").isPayable()).isTrue();
        assertThat(chf("10.06").isPayable()).isFalse();
        assertThat(eur("10.06").isPayable()).isTrue();
    }

    @Test
    void PAY_9_everyFrancAmountRoundsToTheNearestFiveRappenByIntegerArithmetic() {
        for (int cents = 0; cents <= 100_000; cents++) {
            Money amount = new Money(BigDecimal.valueOf(cents, 2), CHF);
            int rest = cents % 5;
            int expected = rest < 3 ? cents - rest : cents + (5 - rest);
            assertThat(amount.payable().amount()).as(amount.toString())
                    .isEqualByComparingTo(BigDecimal.valueOf(expected, 2));
            assertThat(amount.payable().isPayable()).isTrue();
            assertThat(amount.payableAtMost().amount()).isEqualByComparingTo(BigDecimal.valueOf(cents - rest, 2));
            assertThat(eur(BigDecimal.valueOf(cents, 2).toPlainString()).payable().amount())
                    .isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
        }
    }

    @Test
    void typedAmountsAreReadWithAPointOrACommaAndAtMostTwoDecimals() {
        assertThat(Money.parse("12.5", CHF).value()).isEqualTo(chf("12.50"));
        assertThat(Money.parse("12.50", CHF).value()).isEqualTo(chf("12.50"));
        assertThat(Money.parse(" 12,50 ", EUR).value()).isEqualTo(eur("12.50"));
        assertThat(Money.parse("12", EUR).value()).isEqualTo(eur("12.00"));
        assertThat(Money.parse("0.10", CHF).value()).isEqualTo(chf("0.10"));
        assertThat(Money.parse("0", CHF).value()).isEqualTo(chf("0"));
        assertThat(Money.parse("007.1", CHF).value()).isEqualTo(chf("7.10"));
        assertThat(Money.parse("999999999.99", CHF).money()).contains(chf("999999999.99"));
        assertThat(Money.parse("12.5", CHF).isValid()).isTrue();
    }

    @Test
    void typedAmountsThatAreNotPlainAmountsAreRefusedWithTheReason() {
        expect(null, Money.Problem.MISSING);
        expect("", Money.Problem.MISSING);
        expect("   ", Money.Problem.MISSING);
        expect("-1", Money.Problem.NEGATIVE);
        expect("-0.10", Money.Problem.NEGATIVE);
        expect("\u22125", Money.Problem.NEGATIVE);
        expect("12.505", Money.Problem.TOO_MANY_DECIMALS);
        expect("12.500", Money.Problem.TOO_MANY_DECIMALS);
        expect("1,000", Money.Problem.TOO_MANY_DECIMALS);
        expect("1000000000", Money.Problem.TOO_LARGE);
        expect("1000000000.00", Money.Problem.TOO_LARGE);
        for (String malformed : new String[] {"1,000.00", "1'000.00", "1 000", "1.000,00", "+5", "1e3", "1E3",
                "NaN", "Infinity", "-Infinity", "0x10", "12.", ".5", ",5", "12..5", "CHF 12", "12 CHF", "12€",
                "abc", "-", "١٢", "１２", "12.5.1", "5-"}) {
            expect(malformed, Money.Problem.MALFORMED);
        }
    }

    @Test
    void everyAmountWrittenWithTwoDecimalsIsReadBackExactly() {
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong(100_000_000_000L), 2);
            Money money = new Money(value, EUR);
            assertThat(Money.parse(value.toPlainString(), EUR).value()).isEqualTo(money);
            assertThat(Money.parse(value.toPlainString().replace('.', ','), EUR).value()).isEqualTo(money);
        }
    }

    @Test
    void aParsedResultIsEitherAnAmountOrAProblem() {
        assertThatThrownBy(() -> new Money.Parsed(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money.Parsed(chf("1"), Money.Problem.MALFORMED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.parse("x", CHF).money()).isEmpty();
    }

    private static void expect(String text, Money.Problem problem) {
        Money.Parsed parsed = Money.parse(text, CHF);
        assertThat(parsed.isValid()).as(text).isFalse();
        assertThat(parsed.problem()).as(text).isEqualTo(problem);
    }
}
