package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.Line;
import ch.partnerportal.billing.api.SpokenPeriod;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A line of an order, invoice or credit note. PAY-8: its period in {@code months}, and in
 * {@code years} too when it is whole years (null otherwise), so that clients which only know years
 * keep reading what they know.
 */
@JsonbNillable
@Schema(name = "DocumentLine", description = "A line of an order, invoice or credit note")
public record DocumentLine(
        @Schema(required = true) int number,
        @Schema(required = true) String type,
        @Schema(required = true) String label,
        @Schema(required = true) int months,
        @Schema(nullable = true) Integer years,
        @Schema(required = true) String listPrice,
        @Schema(required = true) String net) {

    public static DocumentLine of(Line line) {
        SpokenPeriod period = SpokenPeriod.of(line.months());
        return new DocumentLine(line.number(), line.type(), line.label(), line.months(),
                period.inYears() ? period.count() : null, line.listPrice(), line.net());
    }

    static List<DocumentLine> of(List<Line> lines) {
        return lines.stream().map(DocumentLine::of).toList();
    }
}
