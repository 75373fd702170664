package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.ChatViews.SpaceView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A kChat workspace with who is in it. */
@Schema(name = "ChatSpace", description = "A kChat workspace: the roles given in person, the teams in it, and "
        + "everyone in it with their role and where it comes from (in person and through teams add up)")
public record ChatSpace(
        @Schema(required = true) String productId,
        @Schema(required = true) String name,
        @Schema(required = true) List<ChatMember> members,
        @Schema(required = true, description = "ids of the teams whose members are in the workspace")
        List<String> teams,
        @Schema(required = true) List<ChatPerson> people,
        @Schema(required = true) long channels) {

    public static ChatSpace of(SpaceView view) {
        return new ChatSpace(view.productId(), view.name(),
                view.members().stream().map(m -> new ChatMember(m.accountId(), m.role())).toList(), view.teams(),
                view.people().stream().map(p -> new ChatPerson(p.accountId(), p.role(), p.through())).toList(),
                view.channels());
    }

    @Schema(name = "ChatMember", description = "A role given in person")
    public record ChatMember(@Schema(required = true) String accountId,
                             @Schema(required = true, enumeration = {"member", "admin"}) String role) {
    }

    @Schema(name = "ChatPerson", description = "Someone in the workspace")
    public record ChatPerson(@Schema(required = true) String accountId,
                             @Schema(required = true, enumeration = {"member", "admin"}) String role,
                             @Schema(required = true, description = "own, or the id of the team it comes from")
                             String through) {
    }
}
