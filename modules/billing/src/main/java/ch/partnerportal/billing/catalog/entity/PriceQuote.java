package ch.partnerportal.billing.catalog.entity;

import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The price of one product for one period, as the catalog calculates it.
 *
 * <ul>
 *   <li>list price: the catalog's price of the period's unit (a year, or a month for a period of
 *       months) times the units (PAY-8);</li>
 *   <li>public price: the list price less the volume tier, which every customer gets;</li>
 *   <li>partner price: the unit's list price less the partner rate, then less the volume tier, each
 *       step rounded half up to the cent, times the units. The two discounts multiply
 *       (PAR-8: CHF 347.20 -> 277.76 with 20% -> 208.32 with 25%, -40% overall).</li>
 * </ul>
 * Every price is a unit price times the units, so a period of several years (or months) never costs
 * a cent more or less than paying year by year (or month by month).
 *
 * @param type         the product type
 * @param months       the period in months, allowed for the type
 * @param tier         the volume tier applied ({@link VolumeTier#FROM_1} for types without tiers)
 * @param rate         the partner rate applied ({@link PartnerRate#NONE} where it does not apply)
 * @param listPrice    catalog price for the period
 * @param publicPrice  what a customer pays without a partner
 * @param partnerPrice what the product costs the partner
 */
public record PriceQuote(ProductType type, int months, VolumeTier tier, PartnerRate rate, Money listPrice,
                         Money publicPrice, Money partnerPrice) {

    public PriceQuote {
        Objects.requireNonNull(type);
        Objects.requireNonNull(tier);
        Objects.requireNonNull(rate);
        Objects.requireNonNull(listPrice);
        Objects.requireNonNull(publicPrice);
        Objects.requireNonNull(partnerPrice);
    }

    /**
     * Calculates the price of one product of the type for the period.
     *
     * @param currency     the buyer's billing currency (PAY-9)
     * @param months       the period chosen, in months (PAY-8)
     * @param hostingsHeld how many products of a tiered type the organization has, this one included
     *                     (ignored for types without tiers)
     * @param partnerRate  the partner's rate, or {@link PartnerRate#NONE}
     * @throws Refusal if the type cannot be paid for that period
     */
    public static PriceQuote calculate(ProductType type, Currency currency, int months, int hostingsHeld,
                                       PartnerRate partnerRate) throws Refusal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(partnerRate, "partnerRate");
        type.requirePeriod(months);
        VolumeTier tier = type.hasVolumeTiers() ? VolumeTier.forHostings(hostingsHeld) : VolumeTier.FROM_1;
        PartnerRate rate = type.takesPartnerRate() ? partnerRate : PartnerRate.NONE;
        Money unit = type.unitPrice(currency, months);
        int units = SpokenPeriod.of(months).count();
        Money unitPublic = unit.discountedBy(tier.percent());
        Money unitPartner = unit.discountedBy(rate.percent()).discountedBy(tier.percent());
        return new PriceQuote(type, months, tier, rate, unit.times(units), unitPublic.times(units),
                unitPartner.times(units));
    }

    /** PAR-8: cashback or direct discount, the public price less the partner price. */
    public Money partnerShare() {
        return publicPrice.minus(partnerPrice);
    }

    /** What the invoice charges: the partner price only with a direct discount (PAR-8). */
    public Money charged(PartnerBenefit benefit) {
        return benefit == PartnerBenefit.DIRECT_DISCOUNT ? partnerPrice : publicPrice;
    }

    /** What is credited to the partner's prepaid account afterwards: only as cashback (PAR-8). */
    public Money cashback(PartnerBenefit benefit) {
        return benefit == PartnerBenefit.CASHBACK ? partnerShare() : Money.zero(listPrice.currency());
    }

    /** The discount of the partner price on the list price, in percent rounded to two decimals. */
    public BigDecimal overallDiscountPercent() {
        if (listPrice.isZero()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return listPrice.minus(partnerPrice).amount().multiply(BigDecimal.valueOf(100))
                .divide(listPrice.amount(), 2, RoundingMode.HALF_UP);
    }
}
