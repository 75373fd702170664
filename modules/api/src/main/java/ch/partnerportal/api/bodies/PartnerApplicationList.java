package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Applications to the partner programme, with how many there are in all. */
@Schema(name = "PartnerApplicationList", description = "Applications to the partner programme")
public record PartnerApplicationList(@Schema(required = true) List<PartnerApplication> items,
                                     @Schema(required = true) long total) {
}
