/**
 * Payment providers behind one gateway interface. No provider is reachable from here, so the portal
 * ships a simulated gateway that behaves like a real one: test card numbers that are approved or
 * declined, card numbers checked by their Luhn digit, and idempotency keys (a repeated request returns
 * the first answer and never charges twice; the same key for another amount is refused).
 *
 * <p>Test cards: 4242 4242 4242 4242 (Visa) and 5555 5555 5555 4444 (MasterCard) are approved;
 * 4000 0000 0000 0002 is declined; 4000 0000 0000 9995 is declined for insufficient funds; any other
 * number with a valid check digit is approved.
 */
package ch.partnerportal.billing.payments;
