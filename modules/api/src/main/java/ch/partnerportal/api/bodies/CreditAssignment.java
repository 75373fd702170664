package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bank credit assigned by hand to the organization the accountant recognised. */
@Schema(name = "CreditAssignment", description = "The organization whose prepaid account receives the credit")
public record CreditAssignment(
        @Schema(required = true) String organizationId,
        @MultiLine @Schema(maxLength = 200) String note) {
}
