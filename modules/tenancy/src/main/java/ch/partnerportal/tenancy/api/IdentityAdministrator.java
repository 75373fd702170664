package ch.partnerportal.tenancy.api;

import java.util.Objects;
import java.util.Optional;

/**
 * An administrator of the identity provider acting in its own console, as its admin events name
 * them: the provider's user id, and the username and e-mail address when the portal can read them
 * (an administrator of another realm stays a bare id).
 */
public record IdentityAdministrator(String id, String username, String email) {

    public IdentityAdministrator {
        Objects.requireNonNull(id);
    }

    /** The name written to the audit trail and the notices. */
    public String displayName() {
        return (username == null || username.isBlank() ? id : username) + " (Keycloak)";
    }

    public Optional<String> address() {
        return Optional.ofNullable(email).filter(e -> !e.isBlank());
    }
}
