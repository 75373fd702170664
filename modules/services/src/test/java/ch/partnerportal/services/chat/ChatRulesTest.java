package ch.partnerportal.services.chat;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.chat.entity.Channel;
import ch.partnerportal.services.chat.entity.ChatRole;
import ch.partnerportal.services.chat.entity.ChatSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kChat workspace's people, in person and through teams (ORG-8), and its channels. */
class ChatRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static ChatSpace space() {
        return ChatSpace.provisioned("product", "organization", "  Rossi   chat ", NOW);
    }

    private static void refused(ServicesError expected, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(expected);
    }

    @Test
    void ORG_8_forKChatInPersonAndThroughATeamAddUpAndTheOwnRoleDecides() {
        ChatSpace space = space();
        space.addTeam("sales");
        assertThat(space.roleOf("bruno", List.of("sales"))).as("through the team").contains(ChatRole.MEMBER);
        assertThat(space.roleOf("bruno", List.of("design"))).isEmpty();
        space.add("bruno", ChatRole.ADMIN);
        assertThat(space.roleOf("bruno", List.of("sales"))).contains(ChatRole.ADMIN);
        space.removeTeam("sales");
        assertThat(space.roleOf("bruno", List.of("sales"))).as("still in person").contains(ChatRole.ADMIN);
        space.remove("bruno");
        assertThat(space.roleOf("bruno", List.of("sales"))).isEmpty();
    }

    @Test
    void aWorkspaceIsNamedAfterItsProductUntilRenamed() throws Refusal {
        ChatSpace space = space();
        assertThat(space.name()).isEqualTo("Rossi chat");
        space.rename("Rossi & Partner");
        assertThat(space.name()).isEqualTo("Rossi & Partner");
        refused(ServicesError.CHAT_NAME_INVALID, () -> space.rename(" "));
        refused(ServicesError.CHAT_NAME_INVALID, () -> space.rename("x".repeat(81)));
        assertThat(ChatSpace.provisioned("p", "o", null, NOW).name()).isEqualTo("kChat");
    }

    @Test
    void channelNamesAreWhatPeopleTypeAfterAHash() throws Refusal {
        assertThat(Channel.normalized("  Sales Team ")).isEqualTo("sales-team");
        assertThat(Channel.normalized("#support_2")).isEqualTo("support_2");
        refused(ServicesError.CHANNEL_NAME_INVALID, () -> Channel.normalized("-sales"));
        refused(ServicesError.CHANNEL_NAME_INVALID, () -> Channel.normalized("ventes/été"));
        refused(ServicesError.CHANNEL_NAME_INVALID, () -> Channel.normalized(""));
        refused(ServicesError.CHANNEL_NAME_INVALID, () -> Channel.normalized("a".repeat(81)));
        assertThat(Channel.normalized("a".repeat(80))).hasSize(80);
    }

    @Test
    void theGeneralChannelStaysPublicAndCannotBeDeleted() throws Refusal {
        Channel general = Channel.general("product", "organization", NOW);
        assertThat(general.name()).isEqualTo(Channel.GENERAL);
        refused(ServicesError.CHANNEL_GENERAL_FIXED, () -> general.makePrivate(Set.of("anna")));
        refused(ServicesError.CHANNEL_GENERAL_FIXED, general::requireDeletable);
        assertThat(general.isPrivate()).isFalse();
        Channel.made("product", "organization", "sales", null, NOW).requireDeletable();
    }

    @Test
    void aPublicChannelHasEveryoneAndAPrivateOneThoseItKeeps() throws Refusal {
        Channel channel = Channel.made("product", "organization", "sales", "Leads and offers", NOW);
        assertThat(channel.visibility()).isEqualTo("public");
        refused(ServicesError.CHANNEL_PUBLIC_HAS_ALL, () -> channel.add("anna"));
        channel.makePrivate(Set.of("anna", "bruno"));
        assertThat(channel.members()).containsExactlyInAnyOrder("anna", "bruno");
        channel.makePrivate(Set.of("carla"));
        assertThat(channel.members()).as("already private: unchanged").containsExactlyInAnyOrder("anna", "bruno");
        channel.remove("bruno");
        channel.add("carla");
        assertThat(channel.members()).containsExactlyInAnyOrder("anna", "carla");
        channel.makePublic();
        assertThat(channel.members()).isEmpty();
        assertThat(channel.visibility()).isEqualTo("public");
    }

    @Test
    void topicsAndVisibilitiesAreChecked() throws Refusal {
        Channel channel = Channel.made("product", "organization", "sales", "  ", NOW);
        assertThat(channel.topic()).isNull();
        refused(ServicesError.CHANNEL_TOPIC_INVALID, () -> channel.setTopic("t".repeat(251)));
        refused(ServicesError.CHANNEL_VISIBILITY_UNKNOWN, () -> Channel.privateVisibility("secret"));
        refused(ServicesError.CHAT_ROLE_UNKNOWN, () -> ChatRole.parse("owner"));
        assertThat(Channel.privateVisibility("private")).isTrue();
        assertThat(ChatRole.parse("admin")).isEqualTo(ChatRole.ADMIN);
    }
}
