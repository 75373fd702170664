package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mailbox to make, in a domain the organization holds, with its own password (IDN-2). */
@Schema(name = "NewMailbox", description = "A mailbox to make: its address and its own password")
public record NewMailbox(
        @Schema(required = true, example = "anna@rossi.ch") @NotNull @Size(max = 254) String address,
        @Schema(required = true, description = "12 to 128 characters; shown to nobody again, kept only as a hash",
                format = "password") @NotNull @Size(max = 512) @Secret String password) {

    /** A password never reaches a log through this body. */
    @Override
    public String toString() {
        return "NewMailbox[address=" + address + ", password=***]";
    }
}
