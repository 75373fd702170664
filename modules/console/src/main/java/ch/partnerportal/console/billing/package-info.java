/**
 * Billing pages of the console (PAY-3 to PAY-9, REN-7), for members with the billing permission:
 * <ul>
 *   <li>{@code payments.xhtml}: the payments list (REN-7), products expiring within the next two
 *       months and expired ones, "show all" for the rest; several selected, each with its period and
 *       the price of that period (PAY-8), paid as one renewal order (PAY-3) at the checkout.</li>
 *   <li>{@code orders.xhtml}: the organization's orders and where each stands, "pay" for pending
 *       ones, and a form to order a new product (type, name, period with its price).</li>
 *   <li>{@code checkout.xhtml?order=}: lines, totals with VAT and the CHF rounding (PAY-9), the
 *       methods of the organization's currency (PAY-5), and the payment's outcome.</li>
 *   <li>{@code billing.xhtml}: products with their expiry and every billing document (final
 *       invoices, pro-formas, cancelled pro-formas) with its status and PDF (PAY-7).</li>
 *   <li>{@code prepaid.xhtml}: balance, ledger, deposits by card, and by IBAN transfer with the
 *       instructions and a QR-bill deposit slip (PAY-6).</li>
 * </ul>
 *
 * <p>Decisions where the issue is silent:
 * <ul>
 *   <li>The navigation shows the billing pages only to members who may use them (tenancy's
 *       {@code TenantAccess}, asked once per request); opening one directly shows the facade's
 *       translated refusal (TEN-124) and nothing else.</li>
 *   <li>Idempotency: one key per checkout attempt, kept in the view and remembered in the session
 *       per order, so a double click, a resubmitted form, a reload or the poll of a waiting payment
 *       repeats the same request and never pays twice. An attempt ends, and the next click draws a
 *       new key, when it was declined or refused, cancelled at the provider, or answered with a
 *       transfer's pro-forma (paying another way after that is a new attempt). A provider time-out
 *       (BIL-350) keeps the key: repeating is what the message asks for.</li>
 *   <li>Opening the checkout of an order continues where it stands: a paid order shows its invoice; an
 *       order awaiting a transfer shows the same instructions and pro-forma again (asking for a
 *       transfer again books nothing) and still offers another method; a waiting payment of this
 *       session is asked about with its key; one started elsewhere offers the provider's step and
 *       follows the order until it is settled.</li>
 *   <li>Methods offered: card, PostFinance card (CHF only), Twint, PayPal, bank transfer, and the
 *       prepaid balance alone only when it covers the amount; "use my prepaid balance" is offered
 *       with card, PostFinance, PayPal and Twint when the balance is positive, never with a
 *       transfer. A saved Twint profile is offered (checked) when Twint is chosen.</li>
 *   <li>The provider's second step (3-D Secure, PayPal, Twint app) happens on the page as a clearly
 *       marked simulation with "approve" and "cancel". Cancelling is not an error: it says nothing
 *       was charged. A pending payment is polled every 2 seconds with the same request until the
 *       provider decided.</li>
 *   <li>New products are ordered from the catalog's offers (billing's {@code Catalog} facade), so
 *       only the periods a type allows are offered, each with its price before VAT; VAT and the
 *       rounding appear at the checkout before anything is paid. Ordering leads straight to the
 *       checkout; an order left unpaid stays pending on the orders page.</li>
 *   <li>Prices and amounts are shown as the facades give them (exact decimals, currency code first);
 *       dates in the page's language.</li>
 * </ul>
 */
package ch.partnerportal.console.billing;
