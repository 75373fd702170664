package ch.partnerportal.partner.api;

import java.util.List;

/**
 * What a partner may touch of a client's account (PAR-4): the whole account ({@code full}, products
 * added later included, and its users except its legal representatives), with or without billing
 * entrusted, or the products listed.
 */
public record AccessScope(boolean full, boolean billingEntrusted, List<ScopeEntry> products) {

    public AccessScope {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
