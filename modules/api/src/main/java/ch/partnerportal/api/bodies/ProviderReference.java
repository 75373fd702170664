package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.ProviderView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payment provider's side of an attempt: its transaction, and the card's brand when one was used. */
@JsonbNillable
@Schema(name = "ProviderReference", description = "The payment provider's transaction")
public record ProviderReference(
        @Schema(required = true) String transactionId,
        @Schema(nullable = true, example = "visa") String brand) {

    public static ProviderReference of(ProviderView provider) {
        return provider == null ? null : new ProviderReference(provider.transactionId(), provider.brand());
    }
}
