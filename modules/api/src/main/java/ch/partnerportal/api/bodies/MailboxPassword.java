package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mailbox's new password, or the choice to unify it with its account's login password (IDN-3). */
@Schema(name = "MailboxPassword", description = "Either a new password of the mailbox's own, or "
        + "unifyWithLoginPassword true where the password options offer it")
public record MailboxPassword(
        @Schema(description = "12 to 128 characters", format = "password") @Size(max = 512) @Secret String password,
        @Schema(description = "Sign in with the login password of the account whose login ID is the address")
        Boolean unifyWithLoginPassword) {

    @Override
    public String toString() {
        return "MailboxPassword[password=" + (password == null ? "absent" : "***") + ", unifyWithLoginPassword="
                + unifyWithLoginPassword + "]";
    }
}
