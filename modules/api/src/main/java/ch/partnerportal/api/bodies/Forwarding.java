package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Forwarding", description = "Where the mailbox forwards its mail, and whether it keeps a copy")
public record Forwarding(
        @Schema(required = true) @NotNull @Size(max = 50) List<@NotNull @Size(max = 254) String> addresses,
        @Schema(description = "true when left out") Boolean keepCopy) {
}
