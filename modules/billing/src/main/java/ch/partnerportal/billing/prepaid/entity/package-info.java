/**
 * The prepaid account (PAY-5, PAY-6): one per organization and currency, with a ledger of every
 * deposit, payment, refund, unmatched bank transfer and partner cashback (PAR-8).
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>An account's currency never changes. An organization whose billing country moves to another
 *       currency gets a second account; the first keeps its balance for payments in its currency.
 *       So the key is (organization, currency).</li>
 *   <li>The deposit limits (0.10 to 9999.00, PAY-6) bound what a customer asks to deposit. Money that
 *       has already arrived is never refused: a bank transfer that matches no invoice is credited
 *       in full, whatever its amount.</li>
 *   <li>The balance pays as much of a total as it can, rounded down to the currency's payable step,
 *       so that in CHF the part left for another method stays a multiple of 0.05; a few Rappen may
 *       stay on the balance until a later payment.</li>
 *   <li>Idempotency: a movement booked again with the same key returns the movement first booked,
 *       even if the balance has changed since (a repeated payment is not refused for a balance it
 *       already used). The same key for a different kind, amount or method is refused (BIL-312).
 *       A request that was refused booked nothing, so it may be retried with the same key. Keys are
 *       unique per account, also in the database.</li>
 *   <li>Movements are never updated or deleted; each carries its line number (unique per account)
 *       and the balance after it. Concurrent bookings on one account are serialized by the account's
 *       version (optimistic lock) and by the unique line number.</li>
 * </ul>
 */
package ch.partnerportal.billing.prepaid.entity;
