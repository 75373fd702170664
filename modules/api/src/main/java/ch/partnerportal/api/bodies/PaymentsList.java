package ch.partnerportal.api.bodies;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** REN-7: the payments list: what to renew in the months shown (all products when months is null). */
@JsonbNillable
@Schema(name = "PaymentsList", description = "Products to renew, soonest expiry first")
public record PaymentsList(
        @Schema(nullable = true, description = "How many months ahead the list shows; null when it shows all")
        Integer months,
        @Schema(required = true) List<Renewal> items,
        @Schema(nullable = true, description = "The saved Twint profile a renewal can be paid with")
        String savedTwintProfile) {
}
