package ch.partnerportal.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of money: a decimal with exactly two decimals, in CHF or EUR. Never a
 * {@code double}. Two amounts of different currencies are never added, subtracted or compared: that
 * is a programming error and throws {@link IllegalArgumentException}.
 *
 * <p>Arithmetic stays exact except where a percentage is taken; there the result is rounded half up
 * to the cent, and {@link #discountedBy(BigDecimal)} is defined as the amount minus that rounded
 * percentage, so a discount and the discounted price always add up to the original amount.
 * {@link #payable()} rounds to the smallest payable step of the currency (PAY-9: CHF 0.05, EUR 0.01).
 *
 * <p>User input is read by {@link #parse(String, Currency)}, which never throws: it says what is
 * wrong, and each module turns that into its own refusal.
 *
 * @param amount   the value, always with scale 2
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Decimals of every amount. */
    public static final int SCALE = 2;

    /** The largest amount {@link #parse(String, Currency)} accepts: 999 999 999.99. */
    public static final BigDecimal LARGEST_INPUT = new BigDecimal("999999999.99");

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** Digits, then optionally one decimal separator (point or comma) and the decimals. */
    private static final Pattern INPUT = Pattern.compile("^([-\u2212])?([0-9]+)(?:([.,])([0-9]*))?$");

    /**
     * @throws IllegalArgumentException if the amount has non-zero digits after the second decimal
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("More than two decimals: " + amount.toPlainString(), e);
        }
    }

    /** An amount written by the program ({@code "12.50"}); user input goes through {@link #parse}. */
    public static Money of(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The sum of the amounts, all in the given currency (zero when there are none). */
    public static Money sum(Currency currency, Iterable<Money> amounts) {
        Money total = zero(currency);
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times a whole quantity (a number of years, of items); exact. */
    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /**
     * The given percentage of this amount, rounded half up to the cent ({@code 8.1} percent of
     * CHF 100.05 is CHF 8.10).
     */
    public Money percentage(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return new Money(amount.multiply(percent).divide(HUNDRED, SCALE, RoundingMode.HALF_UP), currency);
    }

    /**
     * This amount less the given percentage (0 to 100) of it: {@code this.minus(this.percentage(p))}.
     * CHF 347.20 discounted by 20 percent is CHF 277.76.
     *
     * @throws IllegalArgumentException if the percentage is below 0 or above 100
     */
    public Money discountedBy(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A discount is between 0 and 100 percent: " + percent);
        }
        return minus(percentage(percent));
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** @throws IllegalArgumentException if the currencies differ */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * PAY-9: the amount a customer is asked to pay, rounded half up to the currency's smallest
     * payable step (CHF to 0.05, "Rappenrundung"; EUR stays at the cent). Negative amounts (refunds)
     * round symmetrically.
     */
    public Money payable() {
        BigDecimal step = currency.smallestPayableStep();
        return new Money(amount.divide(step, 0, RoundingMode.HALF_UP).multiply(step), currency);
    }

    /** The largest payable amount (a multiple of the smallest payable step) not above this one. */
    public Money payableAtMost() {
        BigDecimal step = currency.smallestPayableStep();
        return new Money(amount.divide(step, 0, RoundingMode.FLOOR).multiply(step), currency);
    }

    /** Whether the amount is a multiple of the currency's smallest payable step. */
    public boolean isPayable() {
        return amount.remainder(currency.smallestPayableStep()).signum() == 0;
    }

    /** {@code CHF 1234.50}: the code, a blank and the plain amount (no grouping). */
    @Override
    public String toString() {
        return currency.code() + " " + amount.toPlainString();
    }

    /**
     * Reads an amount a person typed. Accepted: digits, optionally followed by one decimal
     * separator (a point or a comma, since both are usual in the portal's languages) and one or two
     * decimals, surrounded by blanks or not: {@code 12}, {@code 12.5}, {@code 12,50}, {@code 0.10}.
     * Refused:
     * <ul>
     *   <li>grouping separators ({@code 1'000.00}, {@code 1,000.00}, {@code 1 000}): malformed;</li>
     *   <li>more than two decimals, even zeros ({@code 12.500}): so that {@code 1,000} (one thousand
     *       for some readers, one for others) is never silently read as 1.00;</li>
     *   <li>a minus sign: negative; a plus sign, exponents ({@code 1e3}), {@code NaN},
     *       {@code Infinity}, non-ASCII digits, a currency symbol: malformed;</li>
     *   <li>more than {@link #LARGEST_INPUT}: too large.</li>
     * </ul>
     * Zero is well-formed; whether it is allowed is for the caller to say.
     */
    public static Parsed parse(String text, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (text == null || text.isBlank()) {
            return Parsed.invalid(Problem.MISSING);
        }
        Matcher matcher = INPUT.matcher(text.strip());
        if (!matcher.matches()) {
            return Parsed.invalid(Problem.MALFORMED);
        }
        String decimals = matcher.group(4);
        if (matcher.group(3) != null && decimals.isEmpty()) {
            return Parsed.invalid(Problem.MALFORMED);
        }
        if (matcher.group(1) != null) {
            return Parsed.invalid(Problem.NEGATIVE);
        }
        if (decimals != null && decimals.length() > SCALE) {
            return Parsed.invalid(Problem.TOO_MANY_DECIMALS);
        }
        BigDecimal value = new BigDecimal(matcher.group(2) + (decimals == null ? "" : "." + decimals));
        if (value.compareTo(LARGEST_INPUT) > 0) {
            return Parsed.invalid(Problem.TOO_LARGE);
        }
        return new Parsed(new Money(value, currency), null);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (other.currency != currency) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
    }

    /** What is wrong with a typed amount. */
    public enum Problem {
        /** Nothing was typed. */
        MISSING,
        /** Not an amount at all (letters, grouping separators, exponent, several separators...). */
        MALFORMED,
        /** Starts with a minus sign. */
        NEGATIVE,
        /** More than two decimals. */
        TOO_MANY_DECIMALS,
        /** Above {@link Money#LARGEST_INPUT}. */
        TOO_LARGE
    }

    /**
     * The outcome of {@link #parse(String, Currency)}: either an amount or a problem, never both.
     *
     * @param value   the amount, or {@code null} if the text was refused
     * @param problem why the text was refused, or {@code null} if it was read
     */
    public record Parsed(Money value, Problem problem) {

        public Parsed {
            if ((value == null) == (problem == null)) {
                throw new IllegalArgumentException("Either an amount or a problem");
            }
        }

        static Parsed invalid(Problem problem) {
            return new Parsed(null, problem);
        }

        public boolean isValid() {
            return value != null;
        }

        public Optional<Money> money() {
            return Optional.ofNullable(value);
        }
    }
}
