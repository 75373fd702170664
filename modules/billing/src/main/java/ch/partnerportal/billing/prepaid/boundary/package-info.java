/**
 * The prepaid account as its organization uses it: balance, ledger and deposits by card (PAY-5,
 * PAY-6). Only members with the billing permission see or credit it (legal representatives and
 * administrators always have it).
 *
 * <p>Decisions: the account is opened on first use in the currency of the organization's billing
 * country (PAY-9). A deposit names an idempotency key; the organization's account row is locked while
 * the deposit is charged and booked, so a repeated request (same key) returns the first movement and
 * never charges twice, even when both arrive at once. A declined card books nothing.
 */
package ch.partnerportal.billing.prepaid.boundary;
