package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.RefundViews.CreditNoteView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A credit note: the refunded lines of an invoice and where the money went. */
@JsonbNillable
@Schema(name = "CreditNote", description = "A credit note")
public record CreditNote(
        @Schema(required = true) String id,
        @Schema(required = true) String number,
        @Schema(required = true) String invoiceId,
        @Schema(required = true) String invoiceNumber,
        // named explicitly: the scanner reads a component named is... as the boolean property "suedOn"
        @Schema(name = "issuedOn", required = true) LocalDate issuedOn,
        @Schema(nullable = true) String reason,
        @Schema(required = true) List<DocumentLine> lines,
        @Schema(required = true) Amounts amounts,
        @Schema(required = true, description = "Refunded to the original method") String toProvider,
        @Schema(required = true, description = "Credited to the prepaid account") String toBalance) {

    public static CreditNote of(CreditNoteView note) {
        return new CreditNote(note.id(), note.number(), note.invoiceId(), note.invoiceNumber(), note.issuedOn(),
                note.reason(), DocumentLine.of(note.lines()), Amounts.of(note.amounts()), note.toProvider(),
                note.toBalance());
    }
}
