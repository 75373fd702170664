package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.AuditEntryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "AuditEntry", description = "A change made or refused on behalf of someone who is not a member "
        + "acting in the portal")
public record AuditEntry(
        @Schema(required = true) Instant at,
        @Schema(required = true, enumeration = {"identity-administrator"}) String actorKind,
        @Schema(required = true) String actor,
        @Schema(required = true, enumeration = {"role-changed", "member-removed", "permission-granted",
                "permission-revoked", "change-refused"}) String action,
        @Schema(required = true, description = "Whom it was about") String subject,
        @Schema(required = true) String detail) {

    public static AuditEntry of(AuditEntryView view) {
        return new AuditEntry(view.at(), view.actorKind(), view.actor(), view.action(), view.subject(), view.detail());
    }
}
