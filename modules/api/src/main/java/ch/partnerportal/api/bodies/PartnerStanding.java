package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.YearlyValue;
import ch.partnerportal.partner.api.ProgrammeStanding;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** PAR-1: an organization's managed value against the threshold, with the computation, and its application. */
@JsonbNillable
@Schema(name = "PartnerStanding", description = "Where an organization stands in the partner programme")
public record PartnerStanding(
        @Schema(required = true, example = "CHF") String currency,
        @Schema(required = true, description = "Per product type: how many, one year of one, the subtotal")
        List<Line> computation,
        @Schema(required = true, example = "2150.40", description = "Yearly value of the products held and managed, "
                + "at public prices") String managedValue,
        @Schema(required = true, example = "2000.00") String threshold,
        @Schema(required = true) boolean thresholdMet,
        @Schema(required = true, example = "2026-12", description = "The reseller conditions' current version")
        String conditionsVersion,
        @Schema(required = true, description = "Whether the caller may apply now") boolean mayApply,
        @Schema(nullable = true, description = "The latest application, if any") PartnerApplication application) {

    @Schema(name = "PartnerStandingLine")
    public record Line(@Schema(required = true, example = "web-hosting") String type,
                       @Schema(required = true) long count,
                       @Schema(required = true, example = "347.20") String yearlyPrice,
                       @Schema(required = true, example = "694.40") String subtotal) {
    }

    public static PartnerStanding of(ProgrammeStanding standing) {
        YearlyValue value = standing.managedValue();
        return new PartnerStanding(value.currency().code(), value.lines().stream()
                .map(l -> new Line(l.type(), l.count(), l.yearlyPrice().amount().toPlainString(),
                        l.subtotal().amount().toPlainString())).toList(),
                value.total().amount().toPlainString(), standing.threshold().amount().toPlainString(),
                standing.thresholdMet(), standing.conditionsVersion(), standing.mayApply(),
                standing.application().map(PartnerApplication::of).orElse(null));
    }
}
