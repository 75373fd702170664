package ch.partnerportal.billing.catalog.entity;

/**
 * How a partner receives its rate (PAR-8): as a direct discount on the invoice, only when the partner
 * pays with its own methods (the partner's payment mode of PAR-7); otherwise the client pays the
 * public price and the difference is credited to the partner's prepaid account as cashback.
 */
public enum PartnerBenefit {
    CASHBACK,
    DIRECT_DISCOUNT
}
