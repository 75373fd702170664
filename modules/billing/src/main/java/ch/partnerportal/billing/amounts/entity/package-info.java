/**
 * Amounts as billing reads, taxes and totals them: typed amounts
 * ({@link ch.partnerportal.billing.amounts.entity.AmountInput}), VAT by billing country
 * ({@link ch.partnerportal.billing.amounts.entity.Vat}) and a document's totals
 * ({@link ch.partnerportal.billing.amounts.entity.Totals}, PAY-9).
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>VAT: the provider is Swiss. Customers billed in Switzerland or Liechtenstein pay Swiss VAT
 *       (8.1%); customers in every other country are invoiced without VAT as an export of services,
 *       the recipient accounting for VAT where it applies (reverse charge), and the invoice says so.
 *       This is right for business customers abroad. Consumers in the EU would owe their country's
 *       VAT through the EU's non-Union OSS scheme if the provider were registered there; that
 *       registration is a business decision outside this code, and would add a treatment here.</li>
 *   <li>Catalog prices are without VAT. VAT is computed once on the document's net total (not line by
 *       line) and rounded half up to the cent; the document keeps the rate it was drawn up with.</li>
 *   <li>The total payable is the gross total rounded half up to the currency's smallest step (CHF
 *       0.05, EUR 0.01; PAY-9); the difference is its own row, shown only when not zero.</li>
 *   <li>Typed amounts take a point or a comma as decimal separator, at most two decimals, and no
 *       grouping separators; see {@link ch.partnerportal.kernel.Money#parse}.</li>
 * </ul>
 */
package ch.partnerportal.billing.amounts.entity;
