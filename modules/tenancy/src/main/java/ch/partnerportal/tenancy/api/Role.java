package ch.partnerportal.tenancy.api;

import java.util.Locale;
import java.util.Optional;

/** Roles inside an organization (ORG-3). */
public enum Role {
    LEGAL_REPRESENTATIVE,
    ADMINISTRATOR,
    COLLABORATOR,
    EXTERNAL;

    /** "Sufficient rights" of ORG-3: may change the organization and its users. */
    public boolean mayManage() {
        return this == LEGAL_REPRESENTATIVE || this == ADMINISTRATOR;
    }

    /** Name used in Keycloak groups and in the API, for example {@code legal-representative}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromSlug(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(normalized)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
