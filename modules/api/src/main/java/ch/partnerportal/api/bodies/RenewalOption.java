package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews;
import ch.partnerportal.billing.api.SpokenPeriod;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period a product can be renewed for (PAY-8), in months and, when whole years, in years, with its price. */
@JsonbNillable
@Schema(name = "RenewalOption", description = "A period a product can be renewed for and its price before VAT")
public record RenewalOption(
        @Schema(required = true) int months,
        @Schema(nullable = true) Integer years,
        @Schema(required = true) String net) {

    public static RenewalOption of(CheckoutViews.RenewalOption option) {
        SpokenPeriod period = SpokenPeriod.of(option.months());
        return new RenewalOption(option.months(), period.inYears() ? period.count() : null, option.net());
    }
}
