package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAY-3, PAY-8: one product to renew, for years or months; one year when neither. */
@Schema(name = "RenewalItem", description = "A product to renew; give years or months, not both")
public record RenewalItem(
        @Schema(required = true) String productId,
        @Schema(minimum = "1", maximum = "100") Integer years,
        Integer months) {
}
