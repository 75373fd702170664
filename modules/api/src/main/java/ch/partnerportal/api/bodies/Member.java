package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.ProductAccess;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A user of an organization with role, permissions and contact preferences (ORG-3, ORG-6). */
@Schema(name = "Member", description = "A user of an organization")
public record Member(
        @Schema(required = true) String accountId,
        @Schema(required = true) String email,
        @Schema(required = true) String displayName,
        @Schema(required = true, enumeration = {"legal-representative", "administrator", "collaborator", "external"})
        String role,
        @Schema(required = true, description = "What the member may use: every kind for legal representatives and "
                + "administrators, else what was granted") List<String> permissions,
        @Schema(required = true, description = "What was granted, kept for a later role change")
        List<String> grantedPermissions,
        @Schema(required = true, description = "Which notices the member receives") List<String> contacts,
        @Schema(required = true) Instant joinedAt) {

    public static Member of(MemberView m) {
        return new Member(m.accountId(), m.email(), m.displayName(), m.role().slug(),
                Slugs.sorted(m.effectivePermissions(), ProductAccess::slug),
                Slugs.sorted(m.permissions(), ProductAccess::slug),
                Slugs.sorted(m.contacts(), ContactTopic::slug), m.joinedAt());
    }
}
