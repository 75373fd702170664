package ch.partnerportal.billing.api;

import java.util.List;

/**
 * The prepaid account as the API and the console show it; amounts as plain decimal text. {@code ledger}
 * holds the newest movements (oldest of them first), {@code movements} counts them all.
 */
public record PrepaidView(String currency, String balance, String smallestDeposit, String largestDeposit,
                          List<MovementView> ledger, long movements) {
}
