package ch.partnerportal.partner.api;

import ch.partnerportal.tenancy.api.ProductAccess;

/**
 * One product of a limited access with its rights (PAR-4). In a partner's request the product may be
 * left out to ask for a whole category, as the partner does not see the client's products.
 *
 * @param productLabel what the client named the product (the domain name for a domain); null when no
 *                     product is named or in what a caller sends
 */
public record ScopeEntry(ProductAccess category, String productId, String productLabel, boolean technical,
                         boolean statistics) {
}
