package ch.partnerportal.billing.catalog.entity;

import java.math.BigDecimal;

/**
 * Web hosting's volume tiers (PAR-8): the more hostings an organization has, the lower the price of
 * each of them. The tier reached applies to every hosting, not only to those above the threshold, so
 * that 35 hostings are all 25% cheaper (PAR-8's worked example).
 */
public enum VolumeTier {
    FROM_1(1, "0"),
    FROM_10(10, "10"),
    FROM_20(20, "15"),
    FROM_30(30, "25");

    private final int fromHostings;
    private final BigDecimal percent;

    VolumeTier(int fromHostings, String percent) {
        this.fromHostings = fromHostings;
        this.percent = new BigDecimal(percent);
    }

    /**
     * The tier for an organization with this many hostings, the ones being paid for included. No
     * hosting yet (0) is the first tier.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public static VolumeTier forHostings(int hostings) {
        if (hostings < 0) {
            throw new IllegalArgumentException("A number of hostings is not negative: " + hostings);
        }
        VolumeTier reached = FROM_1;
        for (VolumeTier tier : values()) {
            if (hostings >= tier.fromHostings) {
                reached = tier;
            }
        }
        return reached;
    }

    public int fromHostings() {
        return fromHostings;
    }

    /** The discount on the public price, in percent. */
    public BigDecimal percent() {
        return percent;
    }
}
