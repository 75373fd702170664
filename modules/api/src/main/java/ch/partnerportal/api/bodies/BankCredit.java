package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.BankImportView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A credit of a bank notification (PAY-3, PAY-6) and what became of it. */
@JsonbNillable
@Schema(name = "BankCredit", description = "A credit reported by the bank and its outcome")
public record BankCredit(
        @Schema(required = true, description = "For assigning or returning it by hand") String id,
        @Schema(required = true) String bankReference,
        @Schema(required = true) String amount,
        @Schema(required = true) String currency,
        @Schema(required = true, enumeration = {"invoice-paid", "invoice-paid-excess-to-prepaid", "deposited",
                "credited-to-prepaid", "unassigned", "assigned-to-prepaid", "returned"}) String outcome,
        @Schema(nullable = true, description = "The payment reference as the bank reported it") String reference,
        @Schema(nullable = true) String debtor,
        @Schema(nullable = true) LocalDate bookedOn,
        @Schema(nullable = true) String organizationId,
        @Schema(nullable = true, description = "For a credit assigned by hand") String organizationName,
        @Schema(nullable = true, description = "The final invoice it paid") String invoiceNumber,
        @Schema(nullable = true, description = "For a credit resolved by hand: who, when and why") String resolvedBy,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(nullable = true) String note) {

    public static BankCredit of(BankImportView.Credit c) {
        return new BankCredit(c.id(), c.bankReference(), c.amount(), c.currency(), c.outcome(), c.reference(),
                c.debtor(), c.bookedOn(), c.organizationId(), c.organizationName(), c.invoiceNumber(),
                c.resolvedBy(), c.resolvedAt(), c.note());
    }

    public static List<BankCredit> of(List<BankImportView.Credit> credits) {
        return credits.stream().map(BankCredit::of).toList();
    }
}
