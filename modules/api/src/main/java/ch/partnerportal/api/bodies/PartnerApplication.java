package ch.partnerportal.api.bodies;

import ch.partnerportal.kernel.Money;
import ch.partnerportal.partner.api.ApplicationView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** PAR-1: an application to the partner programme and, once approved, the partnership. */
@JsonbNillable
@Schema(name = "PartnerApplication", description = "An application to the partner programme, its decision and "
        + "its yearly reviews; amounts in the organization's currency")
public record PartnerApplication(
        @Schema(required = true) String id,
        @Schema(required = true) String organizationId,
        @Schema(required = true) String organizationName,
        @Schema(required = true, enumeration = {"pending", "approved", "refused", "withdrawn", "revoked"}) String status,
        @Schema(required = true, example = "CH") String registerCountry,
        @Schema(required = true, example = "CHE-109.322.551") String registerNumber,
        @Schema(required = true) String website,
        @Schema(required = true, example = "2026-12") String conditionsVersion,
        @Schema(required = true) Instant conditionsAcceptedAt,
        @Schema(required = true, description = "Login ID of the legal representative who applied") String applicant,
        @Schema(required = true, example = "CHF") String currency,
        @Schema(required = true, example = "2150.40", description = "Yearly value of the products managed when it "
                + "applied") String managedValue,
        @Schema(nullable = true, example = "2400.00") String committedValue,
        @Schema(required = true, example = "2000.00") String threshold,
        @Schema(required = true) Instant appliedAt,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) String decisionReason,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true) String endReason,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) String reviewedValue,
        @Schema(nullable = true, description = "When a partner found below the threshold must be back above it")
        Instant graceUntil) {

    public static PartnerApplication of(ApplicationView view) {
        return new PartnerApplication(view.id(), view.organizationId(), view.organizationName(), view.status(),
                view.registerCountry(), view.registerNumber(), view.website(), view.conditionsVersion(),
                view.conditionsAcceptedAt(), view.applicant(), view.managedValue().currency().code(),
                amount(view.managedValue()), amount(view.committedValue()), amount(view.threshold()), view.appliedAt(),
                view.decidedAt(), view.decidedBy(), view.decisionReason(), view.endedAt(), view.endReason(),
                view.reviewedAt(), amount(view.reviewedValue()), view.graceUntil());
    }

    private static String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }
}
