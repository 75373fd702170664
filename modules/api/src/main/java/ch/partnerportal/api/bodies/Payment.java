package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.PaymentView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of paying an order (PAY-3, PAY-5): paid with its final invoice, or what is awaited. */
@JsonbNillable
@Schema(name = "Payment", description = "A payment of an order: paid, or waiting for the payer, the provider or the "
        + "bank")
public record Payment(
        @Schema(required = true, enumeration = {"paid", "awaiting_transfer", "action_required", "pending"})
        String status,
        @Schema(required = true, description = "The final invoice once paid, else the pro-forma") Invoice invoice,
        @Schema(required = true, description = "Taken from the prepaid balance") String fromBalance,
        @Schema(required = true, description = "Left to the payment method") String byMethod,
        @Schema(nullable = true, description = "With awaiting_transfer: what to transfer") Transfer transfer,
        @Schema(nullable = true) ProviderReference provider) {

    public static Payment of(PaymentView payment) {
        return new Payment(payment.status().name().toLowerCase(), Invoice.of(payment.invoice()), payment.fromBalance(),
                payment.byMethod(), Transfer.of(payment.transfer()), ProviderReference.of(payment.provider()));
    }
}
