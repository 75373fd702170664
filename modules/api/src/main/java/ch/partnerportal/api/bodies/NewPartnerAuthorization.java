package ch.partnerportal.api.bodies;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerAuthorization;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAR-4: a client authorizes a partner of the programme; what it offers is what it grants. */
@Schema(name = "NewPartnerAuthorization", description = "A client's offer to a partner (GET partner-candidates finds "
        + "it by name or e-mail)")
public record NewPartnerAuthorization(
        @Schema(required = true) @Size(max = 36) String partnerOrganizationId,
        @Schema(required = true) AccessChoice access,
        @Schema(example = "2027-06-30", description = "The day the grant ends; none when left out") @Size(max = 20)
        String endsOn,
        @Schema(maxLength = 1000) @MultiLine @Size(max = 2000) String note) {

    public PartnerAuthorization authorization() throws Refusal {
        return new PartnerAuthorization(partnerOrganizationId, AccessChoice.scopeOf(access), Days.parse("endsOn", endsOn),
                note);
    }
}
