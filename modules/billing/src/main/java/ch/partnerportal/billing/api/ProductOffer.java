package ch.partnerportal.billing.api;

import ch.partnerportal.billing.api.CheckoutViews.RenewalOption;

import java.util.List;

/**
 * A product type as it can be ordered now (PAY-4, PAY-8): its slug ({@code domain-ch}), the
 * organization's currency (PAY-9) and every period it can be paid for with its price before VAT.
 */
public record ProductOffer(String type, String currency, List<RenewalOption> periods) {
}
