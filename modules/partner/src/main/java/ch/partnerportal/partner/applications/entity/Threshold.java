package ch.partnerportal.partner.applications.entity;

import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;

/** PAR-1: the yearly total of products a partner manages must be at least CHF 2000 or EUR 1800. */
public final class Threshold {

    private static final Money CHF = Money.of("2000.00", Currency.CHF);
    private static final Money EUR = Money.of("1800.00", Currency.EUR);

    private Threshold() {
    }

    public static Money of(Currency currency) {
        return currency == Currency.CHF ? CHF : EUR;
    }

    public static boolean met(Money yearlyValue) {
        return yearlyValue.compareTo(of(yearlyValue.currency())) >= 0;
    }
}
