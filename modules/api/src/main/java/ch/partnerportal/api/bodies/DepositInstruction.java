package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAY-6: a deposit to the prepaid account, by card or by bank transfer. */
@Schema(name = "DepositInstruction", description = "A deposit; the amount is a decimal string")
public record DepositInstruction(
        @Schema(required = true, example = "100.00") String amount,
        @Schema(required = true, enumeration = {"card", "postfinance", "iban-transfer"}) String method,
        @Size(max = 100) String cardNumber) {
}
