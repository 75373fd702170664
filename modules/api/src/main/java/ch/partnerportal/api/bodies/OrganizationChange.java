package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ORG-3: a merge patch of an organization's details; a field left out keeps its value. */
@Schema(name = "OrganizationChange", description = "The details to change (JSON merge patch): a field left out "
        + "keeps its value, null clears an optional one")
public record OrganizationChange(
        @Schema(maxLength = 100) String name,
        String street,
        String postalCode,
        String city,
        @Schema(description = "ISO 3166-1 alpha-2", example = "CH") String country,
        @Schema(example = "CHE-123.456.788 MWST") String vatNumber) {
}
