/**
 * Bank transfers as the bank reports them (camt.054 / camt.053, ISO 20022), for the provider's
 * platform administrators.
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>A credit that names an open pro-forma and pays at least its amount in its currency pays it:
 *       the pro-forma becomes the final invoice with the next number, the order's products are
 *       delivered (without automatic renewal: REN-2 needs a card or Twint), and any excess goes to the
 *       prepaid account.</li>
 *   <li>A credit that names an invoice it cannot pay (too little, already paid, withdrawn because the
 *       order was paid by card meanwhile) is credited in full to that organization's prepaid account:
 *       the money is the customer's and stays visible.</li>
 *   <li>A credit in another currency than its reference's stays unassigned (with the organization
 *       noted): booked, it would sit in an account the customer does not see.</li>
 *   <li>A credit that names a deposit reference is a deposit, whatever its amount: the 0.10 to
 *       9999.00 limits of PAY-6 govern what a customer asks to deposit, not money already received.</li>
 *   <li>A credit that names nothing known is kept as unassigned for the accountants; it is never
 *       guessed from the payer's name. An accountant who recognises the payer (found by the
 *       organization's name, a member's e-mail address or its id) credits the whole amount to that
 *       organization's prepaid account, where the customer sees it and pays with it; the credit must be
 *       in the currency the organization is billed in. Otherwise the accountant sends it back from
 *       e-banking and records that here. Each credit is resolved once, with who did it, when and why;
 *       a credit that already moved money cannot be resolved by hand.</li>
 *   <li>A credit is known by the bank's reference; the same credit imported again books nothing.</li>
 * </ul>
 */
package ch.partnerportal.billing.transfers.boundary;
