package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.RenewalView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** REN-7: a product on the payments list, with what renewing it would cost per period. */
@Schema(name = "Renewal", description = "A product on the payments list and its renewal periods")
public record Renewal(
        @Schema(required = true) Product product,
        @Schema(required = true, enumeration = {"CHF", "EUR"}) String currency,
        @Schema(required = true) List<RenewalOption> options) {

    public static Renewal of(RenewalView renewal) {
        return new Renewal(Product.of(renewal.product()), renewal.currency(),
                renewal.options().stream().map(RenewalOption::of).toList());
    }
}
