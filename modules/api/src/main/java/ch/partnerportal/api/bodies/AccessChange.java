package ch.partnerportal.api.bodies;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.AccessScope;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAR-4: the client's new grant, which holds at once. */
@Schema(name = "AccessChange", description = "The access the client grants from now on, and its end date")
public record AccessChange(
        @Schema(required = true) AccessChoice access,
        @Schema(example = "2027-06-30", description = "The day the grant ends; none when left out") @Size(max = 20)
        String endsOn) {

    public AccessScope scope() throws Refusal {
        return AccessChoice.scopeOf(access);
    }
}
