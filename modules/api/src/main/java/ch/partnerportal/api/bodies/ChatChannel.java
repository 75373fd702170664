package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.ChatViews.ChannelView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ChatChannel", description = "A channel of a kChat workspace with the people in it (the whole "
        + "workspace for a public one)")
public record ChatChannel(
        @Schema(required = true) String id,
        @Schema(required = true, example = "sales") String name,
        @Schema(nullable = true) String topic,
        @Schema(required = true, enumeration = {"public", "private"}) String visibility,
        @Schema(required = true, description = "the general channel, public and undeletable") boolean general,
        @Schema(required = true, description = "account ids") List<String> members,
        @Schema(required = true) Instant createdAt) {

    public static ChatChannel of(ChannelView view) {
        return new ChatChannel(view.id(), view.name(), view.topic(), view.visibility(), view.general(),
                view.members(), view.createdAt());
    }
}
