package ch.partnerportal.tenancy.api;

import java.util.Map;

/**
 * A partner's user acting for a client (PAR-4, PAR-5, PAR-6), as the partner module answers it from
 * an active relationship whose grant has not ended: never from a token.
 *
 * @param partnerOrganizationId the partner the user acts as
 * @param relationshipId        the relationship the decision used, for the audit trail
 * @param elevationId           the approved just-in-time elevation that adds to it now, for the audit
 *                              trail; null without one
 * @param full                  the whole account (PAR-5): every product, those added later included
 * @param products              with a limited access, the granted products by id; empty with full access
 */
public record DelegatedRights(String partnerOrganizationId, String relationshipId, String elevationId,
                              boolean full, Map<String, ProductGrant> products) implements CallerRights {

    public DelegatedRights {
        products = full ? Map.of() : Map.copyOf(products);
    }

    /** One granted product: its kind, and the technical and statistics rights (PAR-4). */
    public record ProductGrant(ProductAccess kind, boolean technical, boolean statistics) {

        boolean allows(ProductAction action) {
            return switch (action) {
                case SEE -> technical || statistics;
                case CHANGE -> technical;
                case STATISTICS -> statistics;
            };
        }
    }

    /**
     * Full access reaches every kind of product; billing is the client's own until the next issue's
     * entrusted billing (PAR-7) hands it over. A limited access reaches the granted products only, each
     * for the rights it was granted: seeing one takes either right, a technical change the technical
     * one, its usage the statistics one.
     */
    @Override
    public boolean may(ProductAccess kind, String productId, ProductAction action) {
        if (kind == ProductAccess.BILLING) {
            return false;
        }
        if (full) {
            return true;
        }
        ProductGrant grant = productId == null ? null : products.get(productId);
        return grant != null && grant.kind() == kind && grant.allows(action);
    }

    @Override
    public boolean mayListProducts() {
        return true;
    }
}
