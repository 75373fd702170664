/**
 * Ordering and paying new products (PAY-3, PAY-4, PAY-5, PAY-8, PAY-9, REN-2), and the invoices and
 * products that result. Only members with the billing permission order, pay or see invoices.
 *
 * <p>Decisions: prices are the catalog's at the moment of payment; web hosting's volume tier counts
 * the organization's active hostings plus those in the order. One payment covers the whole order and
 * issues one final invoice with the next gapless number. With "use the prepaid balance", the balance
 * pays what it can (in payable steps) and the card the rest, in one transaction: a declined card
 * leaves the balance untouched. A payment names an idempotency key; repeating it answers the invoice
 * it produced. Payment by IBAN transfer (pro-forma, QR bill, camt import) is the next step of the
 * billing issue and is refused with a clear message until then.
 */
package ch.partnerportal.billing.orders.boundary;
