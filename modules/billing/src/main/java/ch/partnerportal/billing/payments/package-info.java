/**
 * Payment providers behind one gateway interface, for the methods of PAY-5 that need one: card,
 * PostFinance card, PayPal and Twint. No provider is reachable from here, so the portal ships a
 * simulated gateway that behaves like a real one, so that every path a real provider can take (a
 * decline, a second step, a late confirmation, a lost answer) is exercised before one is plugged in.
 * Its behaviour is fixed by the instrument, never by chance, so that a test or a demonstration can
 * choose the path it needs.
 *
 * <p>Idempotency keys are the provider's: a repeated request answers the same transaction (as it
 * stands now) and never charges twice; the same key for another amount, method or instrument, or for a
 * refund, is refused. This is what makes the time-out below harmless.
 *
 * <p>Test instruments:
 * <ul>
 *   <li>Card and PostFinance card (the PostFinance card is a card here; its CHF-only rule lives in
 *       {@code PaymentMethod}). Any number with a valid Luhn digit is approved at once, among them
 *       4242 4242 4242 4242 (Visa) and 5555 5555 5555 4444 (MasterCard). Others:
 *     <ul>
 *       <li>4000 0000 0000 0002: declined;</li>
 *       <li>4000 0000 0000 9995: declined for insufficient funds;</li>
 *       <li>4000 0027 6000 3184: asks for 3-D Secure (ACTION_REQUIRED); {@code complete(id, "approve")}
 *           approves, any other answer declines, as a failed authentication does;</li>
 *       <li>4000 0000 0000 0077: PENDING, approved by the provider once the settling delay is over;</li>
 *       <li>4000 0000 0000 0085: PENDING, declined once the settling delay is over;</li>
 *       <li>4000 0000 0000 0119: charged, but the answer is lost (GATEWAY_TIMEOUT); the repeat with the
 *           same key answers that approved charge.</li>
 *     </ul>
 *   </li>
 *   <li>PayPal: any e-mail address; every charge waits for the buyer at PayPal (ACTION_REQUIRED), then
 *       {@code complete}. declined@paypal.example is declined at completion.</li>
 *   <li>Twint: a Swiss mobile number (075 to 079, national or +41) waits for the app (ACTION_REQUIRED);
 *       its approval saves a profile (twint_profile_...) that pays later charges at once, which is
 *       what automatic renewal needs (REN-2). An unknown profile is refused.</li>
 * </ul>
 *
 * <p>The settling delay defaults to 5 seconds, long enough for a person to see a payment wait, short
 * enough for a demonstration; {@code portal.payments.simulated.settling-delay} (ISO-8601, e.g. PT30S)
 * changes it. The simulation keeps its records in memory: a restart forgets them (a real provider
 * would not), while the portal's own ledger still refuses to book a key twice; a payment still
 * waiting then ends as unknown to the provider (nothing taken, the order free to be paid again), so
 * no order stays locked by a transaction nobody can settle.
 */
package ch.partnerportal.billing.payments;
