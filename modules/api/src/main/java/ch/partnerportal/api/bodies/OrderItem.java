package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAY-4, PAY-8: one product to order, for years or (a product sold by the month) months; one year when neither. */
@Schema(name = "OrderItem", description = "A product to order; give years or months, not both")
public record OrderItem(
        @Schema(required = true, example = "domain-ch") String type,
        @Schema(required = true, maxLength = 100, example = "rossi.ch") String label,
        @Schema(minimum = "1", maximum = "100") Integer years,
        Integer months) {
}
