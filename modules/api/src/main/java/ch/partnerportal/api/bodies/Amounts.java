package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a document comes to, as decimal strings in its currency (PAY-7, PAY-9). */
@Schema(name = "Amounts", description = "What a document comes to; amounts are decimal strings")
public record Amounts(
        @Schema(required = true, enumeration = {"CHF", "EUR"}) String currency,
        @Schema(required = true, example = "100.00") String net,
        @Schema(required = true, example = "8.1") String vatRate,
        @Schema(required = true) String vat,
        @Schema(required = true) String gross,
        @Schema(required = true, description = "To the next 5 centimes in CHF") String rounding,
        @Schema(required = true) String payable) {

    public static Amounts of(CheckoutViews.Amounts a) {
        return new Amounts(a.currency(), a.net(), a.vatRate(), a.vat(), a.gross(), a.rounding(), a.payable());
    }
}
