package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MailboxReader", description = "A member who reads the mailbox")
public record MailboxReader(@Schema(required = true) @NotNull @Size(max = 36) String accountId) {
}
