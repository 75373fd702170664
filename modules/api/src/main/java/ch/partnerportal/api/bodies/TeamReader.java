package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamReader", description = "A team of the organization whose members read the mailbox")
public record TeamReader(@Schema(required = true) @NotNull @Size(max = 36) String teamId) {
}
