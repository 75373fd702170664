package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.OrganizationView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as one of its members sees it (ORG-2, ORG-3). */
@JsonbNillable
@Schema(name = "Organization", description = "An organization as one of its members sees it")
public record Organization(
        @Schema(required = true) String id,
        @Schema(required = true) String name,
        @Schema(nullable = true) String street,
        @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city,
        @Schema(required = true, description = "ISO 3166 country of the billing address") String country,
        @Schema(nullable = true) String vatNumber,
        @Schema(required = true, enumeration = {"legal-representative", "administrator", "collaborator", "external"})
        String myRole,
        @Schema(required = true, description = "Whether the caller may change the organization and its users")
        boolean mayManage,
        @Schema(required = true) long memberCount) {

    public static Organization of(OrganizationView o) {
        return new Organization(o.id(), o.name(), o.street(), o.postalCode(), o.city(), o.country(), o.vatNumber(),
                o.myRole().slug(), o.mayManage(), o.memberCount());
    }
}
