package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.DriveView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A kDrive drive with its users. */
@Schema(name = "Drive", description = "A kDrive drive: quota, space used, roles in person and to teams, and what "
        + "each person effectively has (their own role overrides their teams')")
public record Drive(
        @Schema(required = true) String id,
        @Schema(required = true) String name,
        @Schema(required = true) int quotaGb,
        @Schema(required = true) long usedMb,
        @Schema(required = true) List<DriveGrant> members,
        @Schema(required = true) List<DriveGrant> teams,
        @Schema(required = true) List<EffectiveDriveRole> effective) {

    public static Drive of(DriveView view) {
        return new Drive(view.id(), view.name(), view.quotaGb(), view.usedMb(),
                view.members().stream().map(g -> new DriveGrant(g.id(), g.role())).toList(),
                view.teams().stream().map(g -> new DriveGrant(g.id(), g.role())).toList(),
                view.effective().stream().map(e -> new EffectiveDriveRole(e.accountId(), e.role(), e.through()))
                        .toList());
    }

    @Schema(name = "DriveGrant", description = "A role given to an account or a team")
    public record DriveGrant(@Schema(required = true) String id,
                             @Schema(required = true, enumeration = {"read", "write", "manage"}) String role) {
    }

    @Schema(name = "EffectiveDriveRole")
    public record EffectiveDriveRole(@Schema(required = true) String accountId,
                                     @Schema(required = true, enumeration = {"read", "write", "manage"}) String role,
                                     @Schema(required = true, description = "own, or the id of the team it comes from")
                                     String through) {
    }
}
