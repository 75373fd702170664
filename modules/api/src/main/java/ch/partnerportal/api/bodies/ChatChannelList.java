package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ChatChannelList", description = "The channels of a kChat workspace: general first, then by name")
public record ChatChannelList(@Schema(required = true) List<ChatChannel> items) {
}
