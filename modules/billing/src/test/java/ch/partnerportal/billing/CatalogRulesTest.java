package ch.partnerportal.billing;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.catalog.entity.PartnerBenefit;
import ch.partnerportal.billing.catalog.entity.PartnerRate;
import ch.partnerportal.billing.catalog.entity.PriceQuote;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.catalog.entity.VolumeTier;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static ch.partnerportal.billing.Refusals.refused;
import static ch.partnerportal.kernel.Currency.CHF;
import static ch.partnerportal.kernel.Currency.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogRulesTest {

    /** Periods are counted in months. */
    private static final int YEAR = 12;

    private static Money chf(String amount) {
        return Money.of(amount, CHF);
    }

    private static PartnerRate rate(String percent) throws Refusal {
        return PartnerRate.of(new BigDecimal(percent));
    }

    @Test
    void PAR_8_workedExample_35WebHostingsAt347_20With20PercentAndThe25PercentTierCost208_32() throws Refusal {
        PriceQuote alone = PriceQuote.calculate(ProductType.WEB_HOSTING, CHF, YEAR, 1, rate("20"));
        assertThat(alone.listPrice()).isEqualTo(chf("347.20"));
        assertThat(alone.partnerPrice()).isEqualTo(chf("277.76"));

        PriceQuote quote = PriceQuote.calculate(ProductType.WEB_HOSTING, CHF, YEAR, 35, rate("20"));
        assertThat(quote.tier()).isEqualTo(VolumeTier.FROM_30);
        assertThat(quote.tier().percent()).isEqualByComparingTo("25");
        assertThat(quote.listPrice()).isEqualTo(chf("347.20"));
        assertThat(quote.partnerPrice()).isEqualTo(chf("208.32"));
        assertThat(quote.overallDiscountPercent()).isEqualByComparingTo("40.00");
        // the 35 hostings together
        assertThat(quote.partnerPrice().times(35)).isEqualTo(chf("7291.20"));
    }

    @Test
    void PAR_8_cashbackIsPublicPriceLessPartnerPriceAndADirectDiscountOnlyWhenThePartnerPays() throws Refusal {
        PriceQuote quote = PriceQuote.calculate(ProductType.WEB_HOSTING, CHF, YEAR, 35, rate("20"));
        assertThat(quote.publicPrice()).isEqualTo(chf("260.40"));
        assertThat(quote.partnerShare()).isEqualTo(chf("52.08"));

        // the client pays: public price on the invoice, the difference credited to the partner afterwards
        assertThat(quote.charged(PartnerBenefit.CASHBACK)).isEqualTo(chf("260.40"));
        assertThat(quote.cashback(PartnerBenefit.CASHBACK)).isEqualTo(chf("52.08"));
        // the partner pays with its own methods: the discount is on the invoice, no cashback on top
        assertThat(quote.charged(PartnerBenefit.DIRECT_DISCOUNT)).isEqualTo(chf("208.32"));
        assertThat(quote.cashback(PartnerBenefit.DIRECT_DISCOUNT).isZero()).isTrue();
    }

    @Test
    void PAR_8_withoutAPartnerThePublicPriceIsTheListPriceLessTheTier() throws Refusal {
        PriceQuote quote = PriceQuote.calculate(ProductType.WEB_HOSTING, CHF, YEAR, 12, PartnerRate.NONE);
        assertThat(quote.tier()).isEqualTo(VolumeTier.FROM_10);
        assertThat(quote.publicPrice()).isEqualTo(chf("312.48"));
        assertThat(quote.partnerPrice()).isEqualTo(quote.publicPrice());
        assertThat(quote.cashback(PartnerBenefit.CASHBACK).isZero()).isTrue();
    }

    @Test
    void PAR_8_webHostingTiersByTheNumberOfHostings() {
        int[][] expected = {{0, 0}, {1, 0}, {9, 0}, {10, 10}, {19, 10}, {20, 15}, {29, 15}, {30, 25}, {35, 25},
                {10_000, 25}};
        for (int[] pair : expected) {
            assertThat(VolumeTier.forHostings(pair[0]).percent()).as(pair[0] + " hostings")
                    .isEqualByComparingTo(BigDecimal.valueOf(pair[1]));
        }
        assertThatThrownBy(() -> VolumeTier.forHostings(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void PAR_8_tiersAreForWebHostingOnlyAndDomainsTakeNoPartnerRate() throws Refusal {
        PriceQuote mail = PriceQuote.calculate(ProductType.MAIL_SERVICE, CHF, YEAR, 35, rate("20"));
        assertThat(mail.tier()).isEqualTo(VolumeTier.FROM_1);
        assertThat(mail.partnerPrice()).isEqualTo(chf("28.80").discountedBy(new BigDecimal("20")));

        PriceQuote domain = PriceQuote.calculate(ProductType.DOMAIN_CH, CHF, YEAR, 35, rate("35"));
        assertThat(domain.rate()).isEqualTo(PartnerRate.NONE);
        assertThat(domain.partnerPrice()).isEqualTo(domain.listPrice());
        assertThat(ProductType.DOMAIN_COM.takesPartnerRate()).isFalse();
        assertThat(ProductType.KDRIVE.takesPartnerRate()).isTrue();
        assertThat(ProductType.KCHAT.hasVolumeTiers()).isFalse();
    }

    @Test
    void PAR_8_aPartnerRateIsAtMost35Percent() throws Refusal {
        assertThat(rate("35").percent()).isEqualByComparingTo("35");
        assertThat(rate("0").isNone()).isTrue();
        assertThat(rate("12.5").percent().toPlainString()).isEqualTo("12.50");
        for (String wrong : new String[] {"35.01", "36", "100", "-0.01", "12.345"}) {
            refused(BillingError.PARTNER_RATE_OUT_OF_RANGE, () -> rate(wrong));
        }
        refused(BillingError.PARTNER_RATE_OUT_OF_RANGE, () -> PartnerRate.of(null));
        assertThatThrownBy(() -> new PartnerRate(new BigDecimal("40"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void PAR_8_partnerAndTierDiscountsMultiplyAndNeverMakeThePartnerPayMoreThanThePublic() throws Refusal {
        for (Currency currency : Currency.values()) {
            for (int hostings = 0; hostings <= 40; hostings++) {
                for (int halfPercent = 0; halfPercent <= 70; halfPercent++) {
                    PartnerRate partnerRate = PartnerRate.of(BigDecimal.valueOf(halfPercent * 5L, 1));
                    PriceQuote quote = PriceQuote.calculate(ProductType.WEB_HOSTING, currency, YEAR, hostings,
                            partnerRate);
                    assertThat(quote.partnerPrice().compareTo(quote.publicPrice())).isLessThanOrEqualTo(0);
                    assertThat(quote.publicPrice().compareTo(quote.listPrice())).isLessThanOrEqualTo(0);
                    assertThat(quote.partnerShare().isNegative()).isFalse();
                    // (1 - rate) * (1 - tier) of the list price, to the cent
                    BigDecimal exact = quote.listPrice().amount()
                            .multiply(BigDecimal.ONE.subtract(partnerRate.percent().movePointLeft(2)))
                            .multiply(BigDecimal.ONE.subtract(quote.tier().percent().movePointLeft(2)));
                    assertThat(quote.partnerPrice().amount().subtract(exact).abs())
                            .as("%s hostings at %s%%", hostings, partnerRate.percent())
                            .isLessThanOrEqualTo(new BigDecimal("0.01"));
                }
            }
        }
    }

    @Test
    void PAY_8_dotChDomainsArePaidOneToTenYearsAhead() throws Refusal {
        assertThat(ProductType.DOMAIN_CH.allowedPeriods())
                .containsExactly(12, 24, 36, 48, 60, 72, 84, 96, 108, 120);
        assertThat(PriceQuote.calculate(ProductType.DOMAIN_CH, CHF, 10 * YEAR, 0, PartnerRate.NONE).publicPrice())
                .isEqualTo(chf("130.00"));
        for (int months : new int[] {0, -12, 1, 6, 18, 11 * YEAR, 100 * YEAR}) {
            refused(BillingError.PERIOD_NOT_ALLOWED,
                    () -> PriceQuote.calculate(ProductType.DOMAIN_CH, CHF, months, 0, PartnerRate.NONE));
        }
    }

    @Test
    void PAY_8_comDomainsAndWebHostingArePaidOneYearAtATime() throws Refusal {
        for (ProductType type : List.of(ProductType.DOMAIN_COM, ProductType.WEB_HOSTING)) {
            assertThat(type.allowedPeriods()).as(type.name()).containsExactly(YEAR);
            assertThat(type.requirePeriod(YEAR)).isEqualTo(YEAR);
            refused(BillingError.PERIOD_NOT_ALLOWED, () -> type.requirePeriod(2 * YEAR));
            refused(BillingError.PERIOD_NOT_ALLOWED, () -> type.requirePeriod(1));
            refused(BillingError.PERIOD_NOT_ALLOWED,
                    () -> PriceQuote.calculate(type, EUR, 2 * YEAR, 1, PartnerRate.NONE));
        }
    }

    @Test
    void PAY_8_mailKDriveAndKChatArePaidForSeveralMonthsOrAYear() throws Refusal {
        for (ProductType type : List.of(ProductType.MAIL_SERVICE, ProductType.KDRIVE, ProductType.KCHAT)) {
            assertThat(type.allowedPeriods()).as(type.name()).containsExactly(1, 3, 6, YEAR);
            refused(BillingError.PERIOD_NOT_ALLOWED, () -> type.requirePeriod(2));
            refused(BillingError.PERIOD_NOT_ALLOWED, () -> type.requirePeriod(2 * YEAR));
            for (Currency currency : Currency.values()) {
                Money month = PriceQuote.calculate(type, currency, 1, 1, PartnerRate.NONE).publicPrice();
                assertThat(month.times(12).compareTo(type.yearlyPrice(currency)))
                        .as("%s: a month costs more than a twelfth of a year", type).isPositive();
            }
        }
        assertThat(PriceQuote.calculate(ProductType.KDRIVE, CHF, 3, 1, PartnerRate.NONE).publicPrice())
                .isEqualTo(chf("55.50"));
        assertThat(PriceQuote.calculate(ProductType.KCHAT, EUR, 6, 1, PartnerRate.NONE).publicPrice())
                .isEqualTo(Money.of("28.20", EUR));
        assertThat(PriceQuote.calculate(ProductType.KCHAT, CHF, YEAR, 1, PartnerRate.NONE).publicPrice())
                .isEqualTo(chf("48.00"));
    }

    @Test
    void PAY_8_aPeriodCostsItsUnitPriceTimesItsUnitsWithTheSameDiscounts() throws Refusal {
        for (ProductType type : ProductType.values()) {
            for (Currency currency : Currency.values()) {
                for (int months : type.allowedPeriods()) {
                    int unit = months % YEAR == 0 ? YEAR : 1;
                    int units = months / unit;
                    for (String percent : new String[] {"0", "7.77", "20", "35"}) {
                        PriceQuote one = PriceQuote.calculate(type, currency, unit, 25, rate(percent));
                        PriceQuote quote = PriceQuote.calculate(type, currency, months, 25, rate(percent));
                        assertThat(quote.listPrice()).isEqualTo(type.unitPrice(currency, months).times(units));
                        assertThat(quote.publicPrice()).isEqualTo(one.publicPrice().times(units));
                        assertThat(quote.partnerPrice()).isEqualTo(one.partnerPrice().times(units));
                    }
                }
            }
        }
    }

    @Test
    void theCatalogHasPricesInBothCurrenciesAndWebHostingCosts347_20Francs() {
        assertThat(ProductType.WEB_HOSTING.yearlyPrice(CHF)).isEqualTo(chf("347.20"));
        for (ProductType type : ProductType.values()) {
            for (Currency currency : Currency.values()) {
                Money price = type.yearlyPrice(currency);
                assertThat(price.currency()).isEqualTo(currency);
                assertThat(price.isPositive()).isTrue();
            }
            assertThat(type.supportsAutomaticRenewal()).as(type.name()).isTrue();
        }
        assertThat(ProductType.DOMAIN_CH.slug()).isEqualTo("domain-ch");
        BigDecimal ratio = ProductType.KDRIVE.yearlyPrice(EUR).amount()
                .divide(ProductType.KDRIVE.yearlyPrice(CHF).amount(), 2, RoundingMode.HALF_UP);
        assertThat(ratio).isBetween(new BigDecimal("0.9"), new BigDecimal("1.2"));
    }
}
