package ch.partnerportal.partner.relationships.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.tenancy.api.ProductAccess;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a partner may touch of a client's account (PAR-4): {@code full} (the whole account, products
 * added later included, and its users except its legal representatives; with it, billing may be
 * entrusted, PAR-7) or limited to the products listed, each with its rights.
 */
public record Access(boolean full, boolean billingEntrusted, List<ScopeItem> items) {

    public Access {
        items = List.copyOf(items);
    }

    public static Access full(boolean billingEntrusted) {
        return new Access(true, billingEntrusted, List.of());
    }

    /**
     * Checks the access's own form; whether its products are the client's and of their category is for
     * the facade, which reads them.
     *
     * @param productsNamed whether every entry must name its product (a grant), or may name a whole
     *                      category (a partner's request)
     */
    public Access checked(boolean productsNamed) throws Refusal {
        if (full) {
            if (!items.isEmpty()) {
                throw new Refusal(PartnerError.SCOPE_FULL_WITH_PRODUCTS);
            }
            return this;
        }
        if (billingEntrusted) {
            throw new Refusal(PartnerError.BILLING_NEEDS_FULL_ACCESS);
        }
        if (items.isEmpty()) {
            throw new Refusal(PartnerError.SCOPE_EMPTY);
        }
        Set<String> seen = new HashSet<>();
        for (ScopeItem item : items) {
            if (item.category() == ProductAccess.BILLING) {
                throw new Refusal(PartnerError.UNKNOWN_CATEGORY, item.category().slug());
            }
            if (!item.technical() && !item.statistics()) {
                throw new Refusal(PartnerError.SCOPE_NO_RIGHT);
            }
            if (productsNamed && item.productId() == null) {
                throw new Refusal(PartnerError.SCOPE_PRODUCT_REQUIRED);
            }
            if (!seen.add(item.name())) {
                throw new Refusal(PartnerError.SCOPE_DUPLICATE, item.name());
            }
        }
        return this;
    }
}
