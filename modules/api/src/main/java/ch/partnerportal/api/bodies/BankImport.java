package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.BankImportView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an import of a bank notification did. */
@Schema(name = "BankImport", description = "Every credit of the file with its outcome")
public record BankImport(
        @Schema(required = true, description = "Credits in the file") int credits,
        @Schema(required = true, description = "Credits already imported before: nothing booked again")
        int alreadyImported,
        // named explicitly: the scanner reads a component named set... as the setter of "tled"
        @Schema(name = "settled", required = true) List<BankCredit> settled) {

    public static BankImport of(BankImportView report) {
        return new BankImport(report.credits(), report.alreadyImported(), BankCredit.of(report.settled()));
    }
}
