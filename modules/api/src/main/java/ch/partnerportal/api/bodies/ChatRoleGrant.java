package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChatRoleGrant", description = "A member's role in the kChat workspace")
public record ChatRoleGrant(@Schema(required = true, enumeration = {"member", "admin"}) @NotNull
                            @Size(max = 20) String role) {
}
