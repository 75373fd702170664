package ch.partnerportal.billing.api;

import java.time.Instant;

/** One ledger line: what moved, the balance after it, and the request key it was booked under. */
public record MovementView(String id, long line, String kind, String amount, String balanceAfter, String method,
                           String reference, String idempotencyKey, Instant bookedAt) {
}
