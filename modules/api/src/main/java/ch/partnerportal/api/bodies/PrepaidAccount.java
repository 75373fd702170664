package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.PrepaidView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The prepaid account (PAY-5, PAY-6): its balance, the deposit limits and the newest movements. */
@Schema(name = "PrepaidAccount", description = "The prepaid account; amounts are decimal strings")
public record PrepaidAccount(
        @Schema(required = true, enumeration = {"CHF", "EUR"}) String currency,
        @Schema(required = true) String balance,
        @Schema(required = true) String smallestDeposit,
        @Schema(required = true) String largestDeposit,
        @Schema(required = true, description = "The 20 newest movements, the oldest of them first")
        List<Movement> ledger,
        @Schema(required = true, description = "How many movements there are in all") long movements) {

    public static PrepaidAccount of(PrepaidView view) {
        return new PrepaidAccount(view.currency(), view.balance(), view.smallestDeposit(), view.largestDeposit(),
                view.ledger().stream().map(Movement::of).toList(), view.movements());
    }
}
