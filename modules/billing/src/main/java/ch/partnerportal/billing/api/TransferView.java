package ch.partnerportal.billing.api;

/**
 * What a customer needs to pay by IBAN transfer: whom, which account, the reference to quote and
 * the amount; account and reference in the groups people read and type.
 */
public record TransferView(String payee, String account, String reference, String amount, String currency) {
}
