package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DriveRoleGrant", description = "A role in the drive for a member or a team")
public record DriveGrantRequest(@Schema(required = true, enumeration = {"read", "write", "manage"}) @NotNull
                                @Size(max = 20) String role) {
}
