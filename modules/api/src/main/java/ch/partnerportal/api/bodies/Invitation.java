package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.InvitationView;
import ch.partnerportal.tenancy.api.ProductAccess;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** An invitation to join an organization (ORG-4). */
@Schema(name = "Invitation", description = "An invitation to join an organization")
public record Invitation(
        @Schema(required = true) String id,
        @Schema(required = true) String organizationId,
        @Schema(required = true) String organizationName,
        @Schema(required = true) String email,
        @Schema(required = true, enumeration = {"legal-representative", "administrator", "collaborator", "external"})
        String role,
        @Schema(required = true) List<String> permissions,
        @Schema(required = true) List<String> contacts,
        @Schema(required = true, enumeration = {"pending", "accepted", "expired", "withdrawn"}) String status,
        @Schema(required = true, description = "Whether the invited address has an account already")
        boolean existingAccount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt) {

    public static Invitation of(InvitationView i) {
        return new Invitation(i.id(), i.organizationId(), i.organizationName(), i.email(), i.role().slug(),
                Slugs.sorted(i.permissions(), ProductAccess::slug), Slugs.sorted(i.contacts(), ContactTopic::slug),
                i.status().toLowerCase(Locale.ROOT), i.existingAccount(), i.createdAt(), i.expiresAt());
    }
}
