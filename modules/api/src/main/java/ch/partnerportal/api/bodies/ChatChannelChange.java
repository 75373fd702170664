package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChatChannelChange", description = "What to change of a channel; an empty topic clears it, a "
        + "channel made private keeps everyone it had")
public record ChatChannelChange(
        @Schema(example = "sales") @Size(max = 200) String name,
        @Schema(maxLength = 250) @Size(max = 500) String topic,
        @Schema(enumeration = {"public", "private"}) @Size(max = 20) String visibility) {
}
