package ch.partnerportal.api.bodies;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ElevationRequest;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Just-in-time elevation: a partner user asks the client for more, for a few hours. */
@Schema(name = "NewElevation", description = "Full access, or the products listed (a whole category without a "
        + "product), for 1 to 8 hours from the client's approval, with a reason the client reads")
public record NewElevation(
        @Schema(required = true, description = "Billing cannot be entrusted for a few hours") AccessChoice access,
        @Schema(required = true, minimum = "1", maximum = "8", example = "2") Integer hours,
        @Schema(required = true, maxLength = 1000, example = "The shop is down: the DNS needs changing now")
        @MultiLine @Size(max = 2000) String reason) {

    public ElevationRequest request() throws Refusal {
        return new ElevationRequest(AccessChoice.scopeOf(access), hours == null ? 0 : hours, reason);
    }
}
