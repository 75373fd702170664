package ch.partnerportal.billing.api;

/**
 * A paid order handed over a product: bought ({@code renewal} false) or renewed. Fired inside the
 * paying transaction; observers that provision something listen after it succeeded.
 */
public record ProductDelivered(HeldProduct product, boolean renewal) {
}
