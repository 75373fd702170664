package ch.partnerportal.console.products;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ChatViews.ChannelView;
import ch.partnerportal.services.api.ChatViews.SpaceView;
import ch.partnerportal.services.chat.boundary.ChatWorkspaces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** A kChat product's part of its page: the workspace's channels (settings) and its people (users). */
@Named
@ViewScoped
public class ChatPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    ProductPage page;

    @Inject
    ChatWorkspaces chat;

    private SpaceView space;
    private List<ChannelView> channels;

    private String channelName;
    private String channelTopic;
    private boolean channelPrivate;
    private String memberId;
    private String memberRole = "member";
    private String teamId;

    private void load() {
        try {
            space = chat.get(session.getCurrentOrganizationId(), page.getId());
            channels = chat.channels(session.getCurrentOrganizationId(), page.getId());
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            channels = List.of();
        }
    }

    /** A change, then the panel read again: what the facade answers is shown as it now is. */
    private void act(Feedback.Step step) {
        if (Feedback.done(step)) {
            load();
        }
    }

    public SpaceView getSpace() {
        if (space == null && channels == null) {
            load();
        }
        return space;
    }

    public List<ChannelView> getChannels() {
        getSpace();
        return channels;
    }

    public void createChannel() {
        act(() -> {
            ChannelView made = chat.createChannel(session.getCurrentOrganizationId(), page.getId(), channelName,
                    channelTopic, channelPrivate ? "private" : "public", List.of());
            Feedback.info("chat.channelMade", made.name());
            channelName = null;
            channelTopic = null;
            channelPrivate = false;
        });
    }

    public void deleteChannel(String channelId) {
        act(() -> chat.deleteChannel(session.getCurrentOrganizationId(), page.getId(), channelId));
    }

    public void addMember() {
        act(() -> {
            chat.add(session.getCurrentOrganizationId(), page.getId(), memberId, memberRole);
            memberId = null;
        });
    }

    public void removeMember(String accountId) {
        act(() -> chat.remove(session.getCurrentOrganizationId(), page.getId(), accountId));
    }

    public void addTeam() {
        act(() -> {
            chat.addTeam(session.getCurrentOrganizationId(), page.getId(), teamId);
            teamId = null;
        });
    }

    public void removeTeam(String team) {
        act(() -> chat.removeTeam(session.getCurrentOrganizationId(), page.getId(), team));
    }

    public String getChannelName() {
        return channelName;
    }

    public void setChannelName(String channelName) {
        this.channelName = channelName;
    }

    public String getChannelTopic() {
        return channelTopic;
    }

    public void setChannelTopic(String channelTopic) {
        this.channelTopic = channelTopic;
    }

    public boolean isChannelPrivate() {
        return channelPrivate;
    }

    public void setChannelPrivate(boolean channelPrivate) {
        this.channelPrivate = channelPrivate;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(String memberRole) {
        this.memberRole = memberRole;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }
}
