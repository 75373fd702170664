package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.OrganizationMatch;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization a bank credit may be assigned to, with the currency it is billed in. */
@JsonbNillable
@Schema(name = "BillableOrganization", description = "An organization and the currency it is billed in")
public record BillableOrganization(
        @Schema(required = true) String id,
        @Schema(required = true) String name,
        @Schema(nullable = true) String city,
        @Schema(required = true) String country,
        @Schema(required = true) String currency) {

    public static BillableOrganization of(OrganizationMatch match) {
        return new BillableOrganization(match.organizationId(), match.name(), match.city(), match.country(),
                match.currency());
    }

}
