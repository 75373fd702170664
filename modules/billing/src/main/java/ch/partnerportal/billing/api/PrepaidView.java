package ch.partnerportal.billing.api;

import java.util.List;

/** The prepaid account as the API and the console show it; amounts as plain decimal text. */
public record PrepaidView(String currency, String balance, String smallestDeposit, String largestDeposit,
                          List<MovementView> ledger) {
}
