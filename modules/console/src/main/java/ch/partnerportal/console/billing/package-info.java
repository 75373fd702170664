/**
 * Billing pages. The prepaid account page (PAY-5, PAY-6): balance, ledger and a card deposit. The
 * form carries one idempotency key from its display to a successful deposit, so a double click or a
 * resubmitted form books the deposit once.
 */
package ch.partnerportal.console.billing;
