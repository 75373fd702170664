package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PartnerElevationList")
public record PartnerElevationList(@Schema(required = true) List<PartnerElevation> items) {
}
