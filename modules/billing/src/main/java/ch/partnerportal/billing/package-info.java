/**
 * Billing: the catalog and its prices, VAT and totals, invoices, pro-formas and credit notes, and the
 * prepaid account (rules PAY-3 to PAY-9, REN-2, REN-7, PAR-8; automatic renewal REN-1, REN-3 to REN-6
 * and dunning PAY-1 come later).
 *
 * <p>Components: {@code catalog} (types, periods, prices, tiers), {@code amounts} (VAT, totals,
 * rounding), {@code prepaid} (the account, its ledger and deposits), {@code orders} (orders,
 * renewal selections, the checkout and the payments list), {@code payments} (the gateway and its
 * simulation, saved profiles), {@code transfers} (references, Swiss QR-bills, bank notifications),
 * {@code invoices} (invoices, pro-formas, credit notes, numbering, PDF) and {@code refunds}.
 *
 * <p>Money that a provider has taken is never lost and never counted twice: every payment request
 * carries an idempotency key (scoped to its order or prepaid account at the provider), a payment
 * waiting for the payer or the provider is held as a pro-forma or a pending deposit until it is
 * settled (by the payer, a repeat of the request, or the portal's poll), and a bank credit is known
 * by the bank's reference. A charge whose answer was lost waits the same way, in doubt, its amounts
 * and balance part fixed; the provider is asked what became of it (by the provider's key) before any
 * new attempt on that order can charge.
 *
 * <p>Decisions for the whole module where the rules are silent:
 * <ul>
 *   <li>Money is {@link ch.partnerportal.kernel.Money}: exact, two decimals, never a double. Tables
 *       store amounts as {@code DECIMAL(19,2)} and a document's currency once; an amount's currency
 *       is never stored apart from the row that owns it.</li>
 *   <li>A programming error (two currencies mixed, a negative line) throws an unchecked exception; a
 *       business refusal a person can cause throws {@link ch.partnerportal.kernel.Refusal} with a
 *       {@link ch.partnerportal.billing.api.BillingError} (BIL-3xx), translated in en, de, fr and it.</li>
 *   <li>Billing keeps organization ids as plain columns, with no foreign key to tenancy's tables:
 *       modules own their tables and migrate them independently.</li>
 *   <li>One idempotency key is one request: a key is an organization's own (refunds use the provider's
 *       staff's), recorded with its operation, target and a digest of its body, and kept 30 days
 *       (payments/control/RequestKeys); a repeat must match all three, anything else is BIL-312.
 *       After 30 days the key may serve a new request, while the order, deposit or credit note it
 *       produced still answers its own repeat.</li>
 *   <li>A charge the provider has no record of five minutes after its answer was lost can no longer
 *       arrive: the attempt ends as having taken nothing and the balance part is given back.</li>
 *   <li>A refund names its lines (or {@code allLines}) and a reason printed on the credit note; an
 *       empty request refunds nothing.</li>
 *   <li>The currency of a document is that of the customer's billing country at the time it is drawn
 *       up (PAY-9); the organization's current country decides new documents only.</li>
 * </ul>
 */
package ch.partnerportal.billing;
