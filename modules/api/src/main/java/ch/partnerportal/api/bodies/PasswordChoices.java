package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.PasswordOptions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** IDN-3: what changing the mailbox's password offers. */
@Schema(name = "PasswordChoices", description = "What changing the mailbox's password offers")
public record PasswordChoices(
        @Schema(required = true, description = "Whether unification with a login password is offered (IDN-3)")
        boolean unificationOffered,
        @Schema(description = "The login ID whose password would open the mailbox, when offered")
        String unificationLoginId,
        @Schema(required = true, description = "Whether the mailbox is unified now") boolean unified) {

    public static PasswordChoices of(PasswordOptions options) {
        return new PasswordChoices(options.unificationOffered(), options.unificationLoginId(), options.unified());
    }
}
