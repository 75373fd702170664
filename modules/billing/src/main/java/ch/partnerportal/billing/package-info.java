/**
 * Billing: the catalog and its prices, VAT and totals, invoices, pro-formas and credit notes, and the
 * prepaid account (rules PAY-3 to PAY-9, PAR-8; renewals REN and dunning PAY-1 come later).
 *
 * <p>This first part is the domain alone: entities and value objects with their rules, the schema
 * and the error codes. The facades ({@code boundary}), the payment gateway, the bank statement
 * import, the PDF and the consoles' pages build on it.
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
 *   <li>The currency of a document is that of the customer's billing country at the time it is drawn
 *       up (PAY-9); the organization's current country decides new documents only.</li>
 * </ul>
 */
package ch.partnerportal.billing;
