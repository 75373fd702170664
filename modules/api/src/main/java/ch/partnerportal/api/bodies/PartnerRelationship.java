package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.RelationshipView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A relationship between a partner and a client, as either side sees it (PAR-3 to PAR-5, PAR-10). */
@JsonbNillable
@Schema(name = "PartnerRelationship", description = "What was asked and what was granted side by side, with the "
        + "notes of both sides, and what the caller may do now")
public record PartnerRelationship(
        @Schema(required = true) String id,
        @Schema(required = true) String partnerOrganizationId,
        @Schema(required = true) String partnerName,
        @Schema(required = true) String clientOrganizationId,
        @Schema(required = true) String clientName,
        @Schema(required = true, enumeration = {"partner", "client"}, description = "The caller's side") String side,
        @Schema(required = true, enumeration = {"pending", "active", "refused", "withdrawn", "expired", "ended"})
        String status,
        @Schema(required = true, enumeration = {"partner", "client"}, description = "Who sent the request") String initiator,
        @Schema(required = true, description = "Login ID of the legal representative who sent it") String requestedBy,
        @Schema(required = true) Instant requestedAt,
        @Schema(required = true, description = "When it was last sent") Instant sentAt,
        @Schema(required = true, description = "A request not answered by then expires") Instant expiresAt,
        @Schema(nullable = true) String requestNote,
        @Schema(required = true) RelationshipAccess requested,
        @Schema(nullable = true, description = "What the client grants; null until it granted something")
        RelationshipAccess granted,
        @Schema(nullable = true) String answerNote,
        @Schema(nullable = true) String answeredBy,
        @Schema(nullable = true) Instant answeredAt,
        @Schema(nullable = true, description = "The day the grant ends: from it the partner reaches nothing")
        LocalDate grantEndsOn,
        @Schema(nullable = true) Instant accessChangedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true) String endedBy,
        @Schema(nullable = true, enumeration = {"partner", "client"}) String endedBySide,
        @Schema(required = true, description = "What the caller may do now: accept, refuse, resend, withdraw, "
                + "change-access, renew, end") List<String> actions) {

    public static PartnerRelationship of(RelationshipView view) {
        return new PartnerRelationship(view.id(), view.partnerOrganizationId(), view.partnerName(),
                view.clientOrganizationId(), view.clientName(), view.side(), view.status(), view.initiator(),
                view.requestedBy(), view.requestedAt(), view.sentAt(), view.expiresAt(), view.requestNote(),
                RelationshipAccess.of(view.requested()), RelationshipAccess.of(view.granted()), view.answerNote(),
                view.answeredBy(), view.answeredAt(), view.grantEndsOn(), view.accessChangedAt(), view.endedAt(),
                view.endedBy(), view.endedBySide(), view.actions());
    }
}
