package ch.partnerportal.tenancy.api;

import ch.partnerportal.kernel.Slugs;

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
        return Slugs.of(this);
    }

    public static Optional<Role> fromSlug(String text) {
        return Slugs.parse(Role.class, text);
    }
}
