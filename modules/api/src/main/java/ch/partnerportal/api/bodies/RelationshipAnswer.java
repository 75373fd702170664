package ch.partnerportal.api.bodies;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.RequestAnswer;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The other side's yes; a client may grant other access than was asked, and an end date. */
@Schema(name = "RelationshipAnswer", description = "Accepting a request: {} accepts it as it is; a client may name "
        + "the access it grants instead and an end date")
public record RelationshipAnswer(
        @Schema(description = "The client's grant when it differs from what the partner asked") AccessChoice grant,
        @Schema(example = "2027-06-30", description = "The client's end date of the grant") @Size(max = 20) String endsOn,
        @Schema(maxLength = 1000) @MultiLine @Size(max = 2000) String note) {

    public RequestAnswer answer() throws Refusal {
        return new RequestAnswer(AccessChoice.scopeOf(grant), Days.parse("endsOn", endsOn), note);
    }
}
