/**
 * Refunds and their credit notes (issue 3: "refunds issue credit notes").
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>Refunds are issued by the provider's staff (platform administrators), not by customers: a
 *       customer asks support, as at every cloud provider.</li>
 *   <li>A refund credits whole invoice lines (the credit note's rules), all remaining lines when none
 *       are named.</li>
 *   <li>"To the original method": what a card, PostFinance, PayPal or Twint paid goes back through the
 *       provider (at most what it paid, less earlier refunds); the rest, and what the balance or a
 *       bank transfer paid, goes to the prepaid balance (the portal makes no bank payouts).
 *       "To the prepaid account": all of it to the balance.</li>
 *   <li>The products of a refunded line are left as they are: ending a service is the product's
 *       life cycle's business (blocking and termination come with dunning).</li>
 *   <li>The request's idempotency key is kept on the credit note: the same request answers the same
 *       note and never refunds twice.</li>
 * </ul>
 */
package ch.partnerportal.billing.refunds.boundary;
