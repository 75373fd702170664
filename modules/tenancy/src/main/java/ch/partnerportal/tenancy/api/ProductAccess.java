package ch.partnerportal.tenancy.api;

import java.util.Locale;
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
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ProductAccess> fromSlug(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ProductAccess access : values()) {
            if (access.name().equals(normalized)) {
                return Optional.of(access);
            }
        }
        return Optional.empty();
    }
}
