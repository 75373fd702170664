/**
 * Invoices, pro-formas, credit notes and their numbering (PAY-3, PAY-9).
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>A final invoice always is a paid invoice: PAY-3 says the final invoice exists only once
 *       paid. Before that, a payment by transfer has a pro-forma (no number, no legal value, a due
 *       date); a payment that succeeds at once (card, Twint, PayPal, the prepaid balance) issues the
 *       final invoice directly. Products overdue (PAY-1) are tracked by their pro-forma or by the
 *       renewal, never by an unpaid numbered invoice.</li>
 *   <li>A pro-forma that gets paid keeps its lines, amounts and customer details: they are what the
 *       customer agreed to pay. Its date of issue is the payment's date. A customer who changed
 *       their billing details in between and wants them on the invoice cancels the pro-forma and
 *       draws up a new one.</li>
 *   <li>Numbers: one gap-free sequence per series (invoices; credit notes, prefixed {@code CN-}),
 *       currency and year, formatted {@code CHF-2026-000001}. The year and the date of issue are
 *       those of the provider's time zone, Europe/Zurich. A number is taken in the transaction that
 *       issues the document, under a pessimistic lock on the sequence row, so a rollback leaves no
 *       gap; a year's row is created by the first issue of that year.</li>
 *   <li>Immutability: lines, totals and customer details of a document are written once (not
 *       updatable columns); a pro-forma changes only its status, number and payment date when paid,
 *       or its status when cancelled. A final invoice is corrected only by a credit note.</li>
 *   <li>A credit note refunds whole lines of one final invoice, each line at most once, with the
 *       invoice's VAT rate. The notes of an invoice never add up to more than its total payable; the
 *       note that refunds the last lines takes exactly the rest. Partial refunds of a line (pro rata)
 *       are not offered.</li>
 *   <li>Another organization's invoice answers "not found", never "forbidden".</li>
 * </ul>
 */
package ch.partnerportal.billing.invoices.entity;
