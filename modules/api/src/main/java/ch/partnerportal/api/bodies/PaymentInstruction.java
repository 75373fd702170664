package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PAY-3, PAY-5: how to pay an order. The instrument is the card number, the PayPal e-mail or the
 * Twint mobile number (none for the saved Twint profile); {@code cardNumber} is taken for it too.
 */
@Schema(name = "PaymentInstruction", description = "How to pay an order")
public record PaymentInstruction(
        @Schema(required = true, enumeration = {"card", "postfinance", "paypal", "twint", "prepaid",
                "iban-transfer"}) String method,
        @Size(max = 100) String instrument,
        @Size(max = 100) @Schema(description = "The same as instrument, for a card") String cardNumber,
        @Schema(description = "Take what the prepaid balance covers first (PAY-5)") Boolean usePrepaidBalance) {
}
