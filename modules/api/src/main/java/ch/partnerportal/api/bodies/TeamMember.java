package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamMember", description = "A member of the organization (externals included)")
public record TeamMember(@Schema(required = true) @NotNull @Size(max = 36) String accountId) {
}
