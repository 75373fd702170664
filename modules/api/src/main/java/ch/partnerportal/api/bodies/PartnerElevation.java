package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.ElevationView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A just-in-time elevation, as the client or the partner user who asked sees it. */
@JsonbNillable
@Schema(name = "PartnerElevation", description = "What a partner user asked for beyond its access, for how long, "
        + "and where it stands")
public record PartnerElevation(
        @Schema(required = true) String id,
        @Schema(required = true) String relationshipId,
        @Schema(required = true) String partnerOrganizationId,
        @Schema(required = true) String partnerName,
        @Schema(required = true) String clientOrganizationId,
        @Schema(required = true) String clientName,
        @Schema(required = true, description = "Login ID of the partner user who asked") String requestedBy,
        @Schema(required = true) RelationshipAccess asked,
        @Schema(required = true) int hours,
        @Schema(required = true) String reason,
        @Schema(required = true, enumeration = {"pending", "approved", "refused", "withdrawn", "expired", "ended"})
        String status,
        @Schema(required = true) Instant requestedAt,
        @Schema(required = true, description = "A request nobody answered by then lapses") Instant answerBy,
        @Schema(nullable = true) String answeredBy,
        @Schema(nullable = true) Instant answeredAt,
        @Schema(nullable = true) String answerNote,
        @Schema(nullable = true, description = "Once approved: when it ends by itself") Instant endsAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true, description = "Who ended it before its time") String endedBy,
        @Schema(required = true, description = "What the caller may do now: approve, refuse, end") List<String> actions) {

    public static PartnerElevation of(ElevationView view) {
        return new PartnerElevation(view.id(), view.relationshipId(), view.partnerOrganizationId(), view.partnerName(),
                view.clientOrganizationId(), view.clientName(), view.requestedBy(), RelationshipAccess.of(view.asked()),
                view.hours(), view.reason(), view.status(), view.requestedAt(), view.answerBy(), view.answeredBy(),
                view.answeredAt(), view.answerNote(), view.endsAt(), view.endedAt(), view.endedBy(), view.actions());
    }
}
