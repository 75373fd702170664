package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.AccountView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own account. */
@Schema(name = "Account", description = "The caller's own account")
public record Account(
        @Schema(required = true) String id,
        @Schema(required = true, description = "The login ID") String email,
        @Schema(required = true) String displayName,
        @Schema(required = true, enumeration = {"en", "de", "fr", "it"}) String language) {

    public static Account of(AccountView me) {
        return new Account(me.id(), me.email(), me.displayName(), me.language());
    }
}
