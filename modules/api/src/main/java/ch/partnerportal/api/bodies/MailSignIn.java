package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a mail server asks: may this address sign in with this password? */
@Schema(name = "MailSignIn", description = "A mailbox sign-in a mail server asks about")
public record MailSignIn(
        @Schema(required = true, example = "anna@rossi.ch") @NotNull @Size(max = 254) String address,
        @Schema(required = true, format = "password") @NotNull @Size(max = 512) @Secret String password,
        @Schema(description = "The IP address the person connects from, as the mail server saw it",
                example = "198.51.100.7") @Size(max = 45) String clientAddress) {

    @Override
    public String toString() {
        return "MailSignIn[address=" + address + ", password=***, clientAddress=" + clientAddress + "]";
    }
}
