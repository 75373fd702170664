package ch.partnerportal.billing.catalog.entity;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The kinds of product the provider sells, with their public yearly prices (without VAT) in both
 * currencies, the periods they can be paid for (PAY-8) and whether they renew automatically (REN).
 * The prices are the catalog's list prices; {@link PriceQuote} applies volume tiers and partner
 * rates.
 */
public enum ProductType {

    /** A {@code .ch} domain name: 1 to 10 years in advance (PAY-8). */
    DOMAIN_CH("13.00", "13.50", 10, true, false, false),

    /** A {@code .com} domain name: one year at a time. */
    DOMAIN_COM("16.00", "16.50", 1, true, false, false),

    /** Web hosting: one year at a time, with volume tiers by the number of hostings (PAR-8). */
    WEB_HOSTING("347.20", "359.00", 1, true, true, true),

    /** Mail service. */
    MAIL_SERVICE("28.80", "29.90", 1, true, false, true),

    /** kDrive storage. */
    KDRIVE("199.00", "205.00", 1, true, false, true),

    /** kChat team messaging. */
    KCHAT("48.00", "49.90", 1, true, false, true);

    private final Money yearlyChf;
    private final Money yearlyEur;
    private final int maxYears;
    private final boolean automaticRenewal;
    private final boolean volumeTiers;
    private final boolean partnerRate;

    ProductType(String yearlyChf, String yearlyEur, int maxYears, boolean automaticRenewal, boolean volumeTiers,
                boolean partnerRate) {
        this.yearlyChf = Money.of(yearlyChf, Currency.CHF);
        this.yearlyEur = Money.of(yearlyEur, Currency.EUR);
        this.maxYears = maxYears;
        this.automaticRenewal = automaticRenewal;
        this.volumeTiers = volumeTiers;
        this.partnerRate = partnerRate;
    }

    /** The public price of one year, without VAT, before any tier or partner rate. */
    public Money yearlyPrice(Currency currency) {
        return currency == Currency.CHF ? yearlyChf : yearlyEur;
    }

    /** PAY-8: the periods, in whole years, one payment may cover (always starting at one year). */
    public List<Integer> allowedYears() {
        return IntStream.rangeClosed(1, maxYears).boxed().toList();
    }

    public boolean allows(int years) {
        return years >= 1 && years <= maxYears;
    }

    /** PAY-8: refuses a period this type cannot be paid for. */
    public int requirePeriod(int years) throws Refusal {
        if (!allows(years)) {
            throw new Refusal(BillingError.PERIOD_NOT_ALLOWED, years, maxYears);
        }
        return years;
    }

    /** Whether automatic renewal (REN-1) can be switched on for products of this type. */
    public boolean supportsAutomaticRenewal() {
        return automaticRenewal;
    }

    /** Whether the price depends on how many products of this type the organization has (PAR-8). */
    public boolean hasVolumeTiers() {
        return volumeTiers;
    }

    /**
     * Whether a partner's cashback or discount applies (PAR-8). Not for domain names: partners get
     * their own domain prices instead ("competitive prices for common extensions"), which the partner
     * module will bring.
     */
    public boolean takesPartnerRate() {
        return partnerRate;
    }

    public String slug() {
        return Slugs.of(this);
    }
}
