package ch.partnerportal.billing.api;

/** PAY-6: an amount as the person typed it, the method, the card, and the request's idempotency key. */
public record DepositRequest(String amount, PaymentMethod method, String cardNumber, String idempotencyKey) {
}
