package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.ActingFor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client the calling partner user acts for now. */
@Schema(name = "PartnerClient", description = "A client the caller acts for: its products are under "
        + "/api/1/organizations/{clientOrganizationId}/products, within the access granted")
public record PartnerClient(
        @Schema(required = true) String relationshipId,
        @Schema(required = true) String clientOrganizationId,
        @Schema(required = true) String clientName,
        @Schema(required = true, description = "The whole account, by the grant or an approved elevation") boolean full) {

    public static PartnerClient of(ActingFor client) {
        return new PartnerClient(client.relationshipId(), client.clientOrganizationId(), client.clientName(),
                client.full());
    }
}
