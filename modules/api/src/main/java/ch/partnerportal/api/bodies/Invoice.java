package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An invoice (PAY-7): numbered gaplessly once final; a pro-forma has no number yet. */
@JsonbNillable
@Schema(name = "Invoice", description = "An invoice; a pro-forma has no number and no issue date yet")
public record Invoice(
        @Schema(required = true) String id,
        @Schema(nullable = true, example = "CHF-2026-000001") String number,
        @Schema(required = true) String status,
        // named explicitly: the scanner reads a component named is... as the boolean property "suedOn"
        @Schema(name = "issuedOn", nullable = true) LocalDate issuedOn,
        @Schema(required = true) String customer,
        @Schema(required = true) List<DocumentLine> lines,
        @Schema(required = true) Amounts amounts) {

    public static Invoice of(InvoiceView invoice) {
        return new Invoice(invoice.id(), invoice.number(), invoice.status(), invoice.issuedOn(), invoice.customer(),
                DocumentLine.of(invoice.lines()), Amounts.of(invoice.amounts()));
    }
}
