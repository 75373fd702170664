package ch.partnerportal.kernel;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two currencies the portal bills in (PAY-9). Not {@link java.util.Currency}: the portal knows
 * only these two, and each carries the smallest amount a customer can actually be asked to pay.
 */
public enum Currency {

    /** Swiss francs: totals payable are rounded to 5 Rappen (PAY-9). */
    CHF(new BigDecimal("0.05")),

    /** Euros: totals payable are whole cents. */
    EUR(new BigDecimal("0.01"));

    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    private final BigDecimal smallestPayableStep;

    Currency(BigDecimal smallestPayableStep) {
        this.smallestPayableStep = smallestPayableStep;
    }

    /**
     * PAY-9: the billing address's country sets the currency, CHF for Switzerland and Liechtenstein
     * (which uses the Swiss franc and Swiss VAT) and EUR for every other country.
     *
     * @param iso2 ISO 3166 alpha-2 code, any case, surrounding blanks ignored
     * @throws IllegalArgumentException if the text is not two letters (countries are validated where
     *                                  the address is entered)
     */
    public static Currency forBillingCountry(String iso2) {
        String code = iso2 == null ? "" : iso2.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw new IllegalArgumentException("Not an ISO 3166 alpha-2 country code: " + iso2);
        }
        return "CH".equals(code) || "LI".equals(code) ? CHF : EUR;
    }

    /** The smallest step of an amount payable in this currency: CHF 0.05, EUR 0.01. */
    public BigDecimal smallestPayableStep() {
        return smallestPayableStep;
    }

    /** The ISO 4217 code, which is also the constant's name. */
    public String code() {
        return name();
    }
}
