package ch.partnerportal.api.bodies;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ClientInvitation;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PAR-3: a partner asks a client for access, naming the client by its legal representative's address. */
@Schema(name = "NewClientInvitation", description = "A partner's request to a client, found by the e-mail address "
        + "of one of its legal representatives")
public record NewClientInvitation(
        @Schema(required = true, example = "maria.rossi@rossi.ch") @Size(max = 254) String clientEmail,
        @Schema(description = "Needed only when that person represents several organizations") @Size(max = 36)
        String clientOrganizationId,
        @Schema(required = true) AccessChoice access,
        @Schema(maxLength = 1000, description = "Why, for the client to read") @MultiLine @Size(max = 2000) String note) {

    public ClientInvitation invitation() throws Refusal {
        return new ClientInvitation(clientEmail, clientOrganizationId, AccessChoice.scopeOf(access), note);
    }
}
