package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAR-1: the reseller conditions an applicant accepts, in their current version. */
@Schema(name = "ResellerConditions", description = "The reseller conditions in their current version")
public record ResellerConditions(@Schema(required = true, example = "2026-12") String version,
                                 @Schema(required = true, example = "en") String language,
                                 @Schema(required = true) String text) {
}
