package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.TransferView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAY-3, PAY-6: whom to pay by bank transfer, the account, the reference to quote and the amount. */
@Schema(name = "Transfer", description = "A bank transfer's instructions")
public record Transfer(
        @Schema(required = true) String payee,
        @Schema(required = true, example = "CH93 0076 2011 6238 5295 7") String iban,
        @Schema(required = true, description = "The QR reference to quote") String reference,
        @Schema(required = true) String amount,
        @Schema(required = true) String currency) {

    public static Transfer of(TransferView transfer) {
        return transfer == null ? null : new Transfer(transfer.payee(), transfer.account(), transfer.reference(),
                transfer.amount(), transfer.currency());
    }
}
