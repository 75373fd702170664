package ch.partnerportal.api.bodies;

import ch.partnerportal.identity.api.UndeliverableMailView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An e-mail the portal gave up delivering, with the mail server's answer. */
@JsonbNillable
@Schema(name = "UndeliverableMail", description = "An e-mail set aside after its last attempt")
public record UndeliverableMail(
        @Schema(required = true) String id,
        @Schema(required = true) String recipient,
        @Schema(nullable = true) String subject,
        @Schema(nullable = true) String topic,
        @Schema(required = true) int attempts,
        @Schema(nullable = true, description = "The mail server's last answer") String reason,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant setAsideAt) {

    public static UndeliverableMail of(UndeliverableMailView view) {
        return new UndeliverableMail(view.id(), view.recipient(), view.subject(), view.topic(), view.attempts(),
                view.reason(), view.createdAt(), view.setAsideAt());
    }
}
