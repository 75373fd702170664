package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bank credit whose money went back to the payer; nothing is booked. */
@Schema(name = "CreditReturn", description = "Why the credit went back to the payer")
public record CreditReturn(@MultiLine @Schema(maxLength = 200) String note) {
}
