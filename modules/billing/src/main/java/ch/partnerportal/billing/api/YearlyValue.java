package ch.partnerportal.billing.api;

import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;

import java.util.List;

/**
 * What a set of products is worth in a year at the catalog's public prices, in one currency, with the
 * computation: per product type how many there are, what one year of one costs, and the subtotal.
 * PAR-1 holds a partner's managed value against its threshold with it.
 */
public record YearlyValue(Currency currency, List<Line> lines, Money total) {

    public YearlyValue {
        lines = List.copyOf(lines);
    }

    /** @param type the catalog's slug ({@code web-hosting}) */
    public record Line(String type, long count, Money yearlyPrice, Money subtotal) {
    }
}
