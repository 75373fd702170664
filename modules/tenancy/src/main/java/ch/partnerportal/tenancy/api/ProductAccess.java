package ch.partnerportal.tenancy.api;

import ch.partnerportal.kernel.Slugs;

import java.util.Optional;

/**
 * Product permissions a user can be given (ORG-4, ORG-6). Legal representatives and administrators
 * have all of them implicitly. {@link #BILLING} lets a collaborator see and pay invoices.
 */
public enum ProductAccess {
    DOMAINS,
    WEB_HOSTING,
    MAIL,
    KDRIVE,
    KCHAT,
    BILLING;

    public String slug() {
        return Slugs.of(this);
    }

    public static Optional<ProductAccess> fromSlug(String text) {
        return Slugs.parse(ProductAccess.class, text);
    }
}
