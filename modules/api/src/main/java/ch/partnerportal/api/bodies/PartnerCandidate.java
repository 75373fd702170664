package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.PartnerMatch;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner of the programme a client may authorize (PAR-4). */
@Schema(name = "PartnerCandidate")
public record PartnerCandidate(@Schema(required = true) String organizationId, @Schema(required = true) String name,
                               @Schema(nullable = true) String city, @Schema(required = true) String country) {

    public static PartnerCandidate of(PartnerMatch match) {
        return new PartnerCandidate(match.organizationId(), match.name(), match.city(), match.country());
    }
}
