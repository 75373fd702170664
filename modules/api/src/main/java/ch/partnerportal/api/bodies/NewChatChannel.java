package ch.partnerportal.api.bodies;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "NewChatChannel", description = "A channel to make")
public record NewChatChannel(
        @Schema(required = true, example = "sales", description = "lower case, digits, - and _; spaces become -")
        @NotNull @Size(max = 200) String name,
        @Schema(maxLength = 250) @Size(max = 500) String topic,
        @Schema(enumeration = {"public", "private"}, defaultValue = "public") @Size(max = 20) String visibility,
        @Schema(description = "account ids of the people in a private channel, all in the workspace")
        @Size(max = 1000) List<@NotNull @Size(max = 36) String> members) {
}
