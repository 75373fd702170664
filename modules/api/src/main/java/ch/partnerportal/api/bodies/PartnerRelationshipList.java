package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An organization's relationships as partner and as client, the latest first. */
@Schema(name = "PartnerRelationshipList")
public record PartnerRelationshipList(@Schema(required = true) List<PartnerRelationship> items) {
}
