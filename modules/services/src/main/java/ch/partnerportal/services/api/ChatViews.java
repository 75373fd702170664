package ch.partnerportal.services.api;

import java.time.Instant;
import java.util.List;

/** What a kChat workspace shows: who is in it, how, and its channels with their people. */
public final class ChatViews {

    private ChatViews() {
    }

    /**
     * @param members the roles given in person
     * @param teams   the teams whose members are in the workspace
     * @param people  everyone in it, with the role they have and where it comes from ("own" or a team id)
     */
    public record SpaceView(String productId, String name, List<MemberGrant> members, List<String> teams,
                            List<Person> people, long channels) {
    }

    public record MemberGrant(String accountId, String role) {
    }

    public record Person(String accountId, String role, String through) {
    }

    /** @param members who is in the channel: the whole workspace for a public one */
    public record ChannelView(String id, String name, String topic, String visibility, boolean general,
                              List<String> members, Instant createdAt) {
    }
}
