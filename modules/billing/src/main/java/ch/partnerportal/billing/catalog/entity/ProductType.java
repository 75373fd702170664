package ch.partnerportal.billing.catalog.entity;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import ch.partnerportal.tenancy.api.ProductAccess;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The kinds of product the provider sells, with their public yearly (and, for those sold by the
 * month, monthly) prices without VAT in both currencies, the periods they can be paid for in months
 * (PAY-8) and whether they renew automatically (REN).
 * The prices are the catalog's list prices; {@link PriceQuote} applies volume tiers and partner
 * rates.
 */
public enum ProductType {

    /** A {@code .ch} domain name: 1 to 10 years in advance (PAY-8). */
    DOMAIN_CH("13.00", "13.50", null, null, Periods.years(1, 10), true, false, false),

    /** A {@code .com} domain name: one year at a time. */
    DOMAIN_COM("16.00", "16.50", null, null, Periods.years(1, 1), true, false, false),

    /** Web hosting: one year at a time, with volume tiers by the number of hostings (PAR-8). */
    WEB_HOSTING("347.20", "359.00", null, null, Periods.years(1, 1), true, true, true),

    /** Mail service: by the month (1, 3 or 6 months) or the year (PAY-8). */
    MAIL_SERVICE("28.80", "29.90", "2.70", "2.80", Periods.MONTHS_OR_YEAR, true, false, true),

    /** kDrive storage: by the month (1, 3 or 6 months) or the year (PAY-8). */
    KDRIVE("199.00", "205.00", "18.50", "19.00", Periods.MONTHS_OR_YEAR, true, false, true),

    /** kChat team messaging: by the month (1, 3 or 6 months) or the year (PAY-8). */
    KCHAT("48.00", "49.90", "4.50", "4.70", Periods.MONTHS_OR_YEAR, true, false, true);

    private final Money yearlyChf;
    private final Money yearlyEur;
    private final Money monthlyChf;
    private final Money monthlyEur;
    private final List<Integer> periods;
    private final boolean automaticRenewal;
    private final boolean volumeTiers;
    private final boolean partnerRate;

    ProductType(String yearlyChf, String yearlyEur, String monthlyChf, String monthlyEur, List<Integer> periods,
                boolean automaticRenewal, boolean volumeTiers, boolean partnerRate) {
        this.yearlyChf = Money.of(yearlyChf, Currency.CHF);
        this.yearlyEur = Money.of(yearlyEur, Currency.EUR);
        this.monthlyChf = monthlyChf == null ? null : Money.of(monthlyChf, Currency.CHF);
        this.monthlyEur = monthlyEur == null ? null : Money.of(monthlyEur, Currency.EUR);
        this.periods = periods;
        this.automaticRenewal = automaticRenewal;
        this.volumeTiers = volumeTiers;
        this.partnerRate = partnerRate;
    }

    /** The public price of one year, without VAT, before any tier or partner rate. */
    public Money yearlyPrice(Currency currency) {
        return currency == Currency.CHF ? yearlyChf : yearlyEur;
    }

    /**
     * The price of the unit a period is counted in: the yearly price for whole years, the monthly
     * price for a period of months (a month costs more than a twelfth of a year).
     */
    public Money unitPrice(Currency currency, int months) {
        if (SpokenPeriod.of(months).inYears()) {
            return yearlyPrice(currency);
        }
        Money monthly = currency == Currency.CHF ? monthlyChf : monthlyEur;
        if (monthly == null) {
            throw new IllegalArgumentException(this + " is not sold by the month");
        }
        return monthly;
    }

    /** PAY-8: the periods, in months, one payment may cover, shortest first. */
    public List<Integer> allowedPeriods() {
        return periods;
    }

    public boolean allows(int months) {
        return periods.contains(months);
    }

    /** PAY-8: refuses a period this type cannot be paid for. */
    public int requirePeriod(int months) throws Refusal {
        if (!allows(months)) {
            throw new Refusal(BillingError.PERIOD_NOT_ALLOWED, SpokenPeriod.of(months));
        }
        return months;
    }

    /** Periods are counted in months; these are the sets the catalog offers. */
    private static final class Periods {

        static final List<Integer> MONTHS_OR_YEAR = List.of(1, 3, 6, 12);

        static List<Integer> years(int fewest, int most) {
            return IntStream.rangeClosed(fewest, most).map(years -> years * 12).boxed().toList();
        }
    }

    /**
     * What a product of this type may be named: a domain is a name directly under its top-level domain
     * ({@code rossi.ch}, internationalized names too, checked in their ASCII form), kept in lower case;
     * other products take any name.
     */
    public String requireLabel(String label) throws Refusal {
        String tld = switch (this) {
            case DOMAIN_CH -> "ch";
            case DOMAIN_COM -> "com";
            default -> null;
        };
        if (tld == null) {
            return label;
        }
        String name = label.toLowerCase(Locale.ROOT);
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException notAName) {
            ascii = "";
        }
        if (!ascii.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\." + tld)) {
            throw new Refusal(BillingError.DOMAIN_NAME_INVALID, label, tld);
        }
        return name;
    }

    /** The types that are domain names. */
    public static List<ProductType> domains() {
        return java.util.Arrays.stream(values()).filter(t -> t.kind() == ProductAccess.DOMAINS).toList();
    }

    /** The member permission that guards managing a product of this type (ORG-4). */
    public ProductAccess kind() {
        return switch (this) {
            case DOMAIN_CH, DOMAIN_COM -> ProductAccess.DOMAINS;
            case WEB_HOSTING -> ProductAccess.WEB_HOSTING;
            case MAIL_SERVICE -> ProductAccess.MAIL;
            case KDRIVE -> ProductAccess.KDRIVE;
            case KCHAT -> ProductAccess.KCHAT;
        };
    }

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
