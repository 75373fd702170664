package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.AuditEntryView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

// Yasson writes a null property only when its type is nillable too
@JsonbNillable
@Schema(name = "AuditEntry", description = "A change made or refused on behalf of someone who is not a member "
        + "acting in the portal")
public record AuditEntry(
        @Schema(required = true) Instant at,
        @Schema(required = true, enumeration = {"identity-administrator", "partner", "member"},
                description = "partner: a partner's user acting for the organization; member: one of its members "
                        + "deciding about a partner's user") String actorKind,
        @Schema(required = true, description = "With partner: the user's login ID and its partner's name")
        String actor,
        @Schema(required = true, enumeration = {"role-changed", "member-removed", "permission-granted",
                "permission-revoked", "change-refused", "partner-change", "member-changed", "member-invited", "elevation-requested", "elevation-approved",
                "elevation-refused", "elevation-withdrawn", "elevation-ended", "elevation-expired"},
                description = "partner-change: a technical change to a product; elevation-*: a just-in-time "
                        + "elevation's steps") String action,
        @Schema(required = true, description = "Whom it was about; with partner-change, the product's id; with "
                + "elevation-*, \"elevation <id>\"")
        String subject,
        @Schema(required = true) String detail,
        @Schema(nullable = true, description = "What the change found (a DNS record, a member's role and "
                + "permissions); null when it found nothing or does not say") String before,
        @Schema(nullable = true, description = "What the change left, likewise") String after) {

    public static AuditEntry of(AuditEntryView view) {
        return new AuditEntry(view.at(), view.actorKind(), view.actor(), view.action(), view.subject(), view.detail(),
                view.before(), view.after());
    }
}
