package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A platform administrator's decision needs a reason the organization reads. */
@Schema(name = "Decision", description = "The reason of a decision, which the organization reads")
public record Decision(@Schema(required = true, maxLength = 1000, example = "Register and website checked")
                       @Size(max = 2000) String reason) {
}
