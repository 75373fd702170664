package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payer's second step (3-D Secure, PayPal, the Twint app): approve, or anything else to give up. */
@Schema(name = "Confirmation", description = "The payer's answer to the provider's question")
public record Confirmation(
        @NotNull @Size(max = 40) @Schema(required = true, example = "approve") String answer) {
}
