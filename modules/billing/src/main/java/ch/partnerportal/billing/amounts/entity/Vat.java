package ch.partnerportal.billing.amounts.entity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * How VAT applies to an invoice, by the customer's billing country (the provider is a Swiss
 * company).
 */
public enum Vat {

    /** Switzerland and Liechtenstein (one VAT area): Swiss VAT at the standard rate, 8.1% since 2024. */
    SWISS("8.1"),

    /**
     * Every other country: an export of services, without Swiss VAT; the recipient accounts for VAT
     * where it applies (reverse charge). The invoice says so.
     */
    EXPORT_OF_SERVICES("0");

    private static final Set<String> SWISS_VAT_AREA = Set.of("CH", "LI");

    private final BigDecimal rate;

    Vat(String rate) {
        this.rate = new BigDecimal(rate);
    }

    /** The treatment for a billing country (ISO 3166 alpha-2, any case). */
    public static Vat forCountry(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            throw new IllegalArgumentException("A billing country is required");
        }
        return SWISS_VAT_AREA.contains(iso2.strip().toUpperCase(Locale.ROOT)) ? SWISS : EXPORT_OF_SERVICES;
    }

    /** The current rate, in percent. A document keeps the rate it was drawn up with. */
    public BigDecimal rate() {
        return rate;
    }
}
