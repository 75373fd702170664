package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MailAddresses", description = "The mailbox's aliases: addresses in domains the organization holds")
public record MailAddresses(
        @Schema(required = true) @NotNull @Size(max = 50) List<@NotNull @Size(max = 254) String> addresses) {
}
