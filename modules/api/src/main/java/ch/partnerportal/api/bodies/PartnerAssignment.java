package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.AssignmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** PAR-6: one of the partner's users acting for a client. */
@Schema(name = "PartnerAssignment")
public record PartnerAssignment(
        @Schema(required = true) String accountId,
        @Schema(required = true) String loginId,
        @Schema(required = true) String displayName,
        @Schema(required = true, description = "Empty: every product the client grants") List<String> productIds,
        @Schema(required = true) String assignedBy,
        @Schema(required = true) Instant assignedAt) {

    public static PartnerAssignment of(AssignmentView view) {
        return new PartnerAssignment(view.accountId(), view.loginId(), view.displayName(), view.productIds(),
                view.assignedBy(), view.assignedAt());
    }
}
