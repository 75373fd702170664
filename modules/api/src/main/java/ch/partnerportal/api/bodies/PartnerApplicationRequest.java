package ch.partnerportal.api.bodies;

import ch.partnerportal.partner.api.ApplicationRequest;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAR-1: what a legal representative sends to apply to the partner programme. */
@Schema(name = "PartnerApplicationRequest", description = "An application to the partner programme")
public record PartnerApplicationRequest(
        @Schema(required = true, example = "CH", description = "ISO 3166 alpha-2 of the register: CH for a UID, "
                + "FR for a SIRET, or another country") @Size(max = 10) String registerCountry,
        @Schema(required = true, example = "CHE-109.322.551") @Size(max = 100) String registerNumber,
        @Schema(required = true, example = "https://www.rossi.ch") @Size(max = 2000) String website,
        @Schema(required = true, example = "2026-12", description = "The version of the reseller conditions "
                + "read and accepted (GET /api/1/partner-programme/conditions)") @Size(max = 20) String acceptedConditions,
        @Schema(example = "2400.00", description = "The yearly volume committed to, in the organization's "
                + "currency; needed when the managed value is below the threshold") @Size(max = 20) String committedValue) {

    public ApplicationRequest request() {
        return new ApplicationRequest(registerCountry, registerNumber, website, acceptedConditions, committedValue);
    }
}
