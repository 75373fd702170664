package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.MovementView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A line of the prepaid ledger (PAY-5, PAY-6): what moved, and the balance after it. */
@JsonbNillable
@Schema(name = "Movement", description = "A line of the prepaid ledger; amounts are decimal strings")
public record Movement(
        @Schema(required = true) String id,
        @Schema(required = true, description = "Its place in the ledger, from 1") long line,
        @Schema(required = true) String kind,
        @Schema(required = true) String amount,
        @Schema(required = true) String balanceAfter,
        @Schema(nullable = true) String method,
        @Schema(nullable = true) String reference,
        @Schema(required = true) String idempotencyKey,
        @Schema(required = true) Instant bookedAt) {

    public static Movement of(MovementView m) {
        return new Movement(m.id(), m.line(), m.kind(), m.amount(), m.balanceAfter(), m.method(), m.reference(),
                m.idempotencyKey(), m.bookedAt());
    }
}
