package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.EndingPreview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What stopping a relationship changes (PAR-10), to read before confirming with the password. */
@Schema(name = "RelationshipEndingPreview", description = "Every product stays with the client and no account is "
        + "deleted; listed are the products the partner reaches now")
public record RelationshipEndingPreview(
        @Schema(required = true) PartnerRelationship relationship,
        @Schema(required = true) List<String> productsStaying,
        @Schema(required = true, description = "Billing was entrusted to the partner and returns to the client")
        boolean billingReturns,
        @Schema(required = true, description = "PAR-6: the partner's users assigned to the client, who stop acting "
                + "for it") int assignmentsEnding) {

    public static RelationshipEndingPreview of(EndingPreview preview) {
        return new RelationshipEndingPreview(PartnerRelationship.of(preview.relationship()), preview.productsStaying(),
                preview.billingReturns(), preview.assignmentsEnding());
    }
}
