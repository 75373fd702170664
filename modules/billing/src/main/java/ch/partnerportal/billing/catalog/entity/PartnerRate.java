package ch.partnerportal.billing.catalog.entity;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Refusal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A partner's cashback or discount rate, in percent of the price: 0 to 35 (PAR-8), at most two
 * decimals. The partner module decides which rate a partner has; billing only applies it.
 *
 * @param percent the rate, with scale 2
 */
public record PartnerRate(BigDecimal percent) {

    /** PAR-8: "cashback or discount up to 35%". */
    public static final BigDecimal MAXIMUM = new BigDecimal("35");

    /** No partner involved. */
    public static final PartnerRate NONE = new PartnerRate(BigDecimal.ZERO);

    public PartnerRate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(MAXIMUM) > 0 || percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A partner rate is 0 to 35 percent with two decimals: " + percent);
        }
        percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A rate given by a person or another module: refused unless 0 to 35 with at most two decimals. */
    public static PartnerRate of(BigDecimal percent) throws Refusal {
        if (percent == null || percent.signum() < 0 || percent.compareTo(MAXIMUM) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new Refusal(BillingError.PARTNER_RATE_OUT_OF_RANGE, MAXIMUM);
        }
        return new PartnerRate(percent);
    }

    public boolean isNone() {
        return percent.signum() == 0;
    }
}
