package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.DepositView;
import ch.partnerportal.billing.api.TransferView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAY-6: a deposit not booked yet: waiting for the bank's transfer, the payer's confirmation or the provider. */
@JsonbNillable
@Schema(name = "PendingDeposit", description = "A deposit that is not booked yet")
public record PendingDeposit(
        @Schema(required = true, enumeration = {"awaiting_transfer", "action_required", "pending"}) String status,
        @Schema(nullable = true, description = "With awaiting_transfer: what to transfer, with the account's "
                + "deposit reference") Transfer transfer,
        @Schema(nullable = true, description = "Otherwise: the provider's transaction") ProviderReference provider) {

    public static PendingDeposit byTransfer(TransferView transfer) {
        return new PendingDeposit("awaiting_transfer", Transfer.of(transfer), null);
    }

    public static PendingDeposit of(DepositView deposit) {
        return new PendingDeposit(deposit.status().name().toLowerCase(), null,
                ProviderReference.of(deposit.provider()));
    }
}
