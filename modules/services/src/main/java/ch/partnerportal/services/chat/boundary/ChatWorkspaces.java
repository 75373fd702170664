package ch.partnerportal.services.chat.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.access.control.EffectiveAccess;
import ch.partnerportal.services.api.ChatViews.ChannelView;
import ch.partnerportal.services.api.ChatViews.MemberGrant;
import ch.partnerportal.services.api.ChatViews.Person;
import ch.partnerportal.services.api.ChatViews.SpaceView;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.chat.entity.Channel;
import ch.partnerportal.services.chat.entity.ChatRole;
import ch.partnerportal.services.chat.entity.ChatSpace;
import ch.partnerportal.services.workspaces.boundary.WorkspaceProvisioning;
import ch.partnerportal.services.workspaces.control.ProductWorkspaces;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The workspace of a kChat product (the {@code kchat} permission): who is in it, in person or through
 * teams (ORG-8), and its public and private channels.
 */
@Stateless
public class ChatWorkspaces {

    public static final int MOST_CHANNELS = 500;

    @Inject
    TenantAccess tenants;

    @Inject
    ProductWorkspaces workspaces;

    @Inject
    WorkspaceProvisioning provisioning;

    @Inject
    EffectiveAccess access;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "services")
    EntityManager em;

    public SpaceView get(String organizationId, String productId) throws Refusal {
        return view(space(open(organizationId, productId, ProductAction.SEE), false));
    }

    public SpaceView rename(String organizationId, String productId, String name) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        space.rename(name);
        return view(space);
    }

    /** @param role member (when none is named) or admin */
    public SpaceView add(String organizationId, String productId, String accountId, String role) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        ChatRole parsed = role == null ? ChatRole.MEMBER : ChatRole.parse(role);
        MemberRights member = (accountId == null ? Optional.<MemberRights>empty()
                : tenants.member(organizationId, accountId))
                .orElseThrow(() -> new Refusal(ServicesError.CHAT_USER_NOT_MEMBER));
        space.add(member.accountId(), parsed);
        return view(space);
    }

    /** The person's own place goes; a team of the workspace they are in keeps them in it. */
    public SpaceView remove(String organizationId, String productId, String accountId) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        space.remove(accountId);
        forgetThoseOut(space, Set.of(accountId));
        return view(space);
    }

    public SpaceView addTeam(String organizationId, String productId, String teamId) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        TeamView team = (teamId == null ? Optional.<TeamView>empty() : tenants.team(organizationId, teamId))
                .orElseThrow(() -> new Refusal(ServicesError.TEAM_UNKNOWN));
        space.addTeam(team.id());
        return view(space);
    }

    public SpaceView removeTeam(String organizationId, String productId, String teamId) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        space.removeTeam(teamId);
        tenants.team(organizationId, teamId).ifPresent(team -> forgetThoseOut(space, team.members()));
        return view(space);
    }

    /** The general channel first, then by name. */
    public List<ChannelView> channels(String organizationId, String productId) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.SEE), false);
        Set<String> people = access.peopleOf(space).keySet();
        return em.createQuery("select c from Channel c where c.productId = :product "
                        + "order by c.general desc, c.name", Channel.class)
                .setParameter("product", space.productId()).setMaxResults(MOST_CHANNELS)
                .getResultStream().map(channel -> view(channel, people)).toList();
    }

    public ChannelView channel(String organizationId, String productId, String channelId) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.SEE), false);
        return view(channel(space, channelId), access.peopleOf(space).keySet());
    }

    /**
     * @param visibility public or private
     * @param members    for a private channel, the people in it besides nobody: all must be in the workspace
     */
    public ChannelView createChannel(String organizationId, String productId, String name, String topic,
                                     String visibility, Collection<String> members) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        boolean privately = Channel.privateVisibility(visibility == null ? "public" : visibility);
        Channel channel = Channel.made(space.productId(), organizationId, name, topic, clock.instant());
        if (channelCount(space) >= MOST_CHANNELS) {
            throw new Refusal(ServicesError.CHANNEL_LIMIT, MOST_CHANNELS);
        }
        requireFreeName(space, channel.name(), null);
        Set<String> people = access.peopleOf(space).keySet();
        List<String> chosen = members == null ? List.of() : List.copyOf(new TreeSet<>(members));
        if (privately) {
            requireInSpace(people, chosen);
            channel.makePrivate(Set.copyOf(chosen));
        } else if (!chosen.isEmpty()) {
            throw new Refusal(ServicesError.CHANNEL_PUBLIC_HAS_ALL);
        }
        em.persist(channel);
        em.flush();
        return view(channel, people);
    }

    /** What is named changes: an empty topic clears it; a channel made private keeps who it had. */
    public ChannelView changeChannel(String organizationId, String productId, String channelId, String name,
                                     String topic, String visibility) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        Channel channel = channel(space, channelId);
        Set<String> people = access.peopleOf(space).keySet();
        if (name != null) {
            String wanted = Channel.normalized(name);
            requireFreeName(space, wanted, channel.id());
            channel.rename(wanted);
        }
        if (topic != null) {
            channel.setTopic(topic);
        }
        if (visibility != null) {
            if (Channel.privateVisibility(visibility)) {
                channel.makePrivate(people);
            } else {
                channel.makePublic();
            }
        }
        return view(channel, people);
    }

    public void deleteChannel(String organizationId, String productId, String channelId) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        Channel channel = channel(space, channelId);
        channel.requireDeletable();
        em.remove(channel);
    }

    public ChannelView addToChannel(String organizationId, String productId, String channelId, String accountId)
            throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        Channel channel = channel(space, channelId);
        Set<String> people = access.peopleOf(space).keySet();
        requireInSpace(people, accountId == null ? List.of("") : List.of(accountId));
        channel.add(accountId);
        return view(channel, people);
    }

    public ChannelView removeFromChannel(String organizationId, String productId, String channelId,
                                         String accountId) throws Refusal {
        ChatSpace space = space(open(organizationId, productId, ProductAction.CHANGE), true);
        Channel channel = channel(space, channelId);
        channel.remove(accountId);
        return view(channel, access.peopleOf(space).keySet());
    }

    private HeldProduct open(String organizationId, String productId, ProductAction action) throws Refusal {
        return workspaces.open(organizationId, productId, ProductAccess.KCHAT, action);
    }

    /** Locked for changes, so that two channels cannot take one name nor the limit be passed by a race. */
    private ChatSpace space(HeldProduct product, boolean change) {
        ChatSpace space = find(product.id(), change);
        if (space == null) {
            provisioning.ensureChatSpace(product);
            space = find(product.id(), change);
        }
        return space;
    }

    private ChatSpace find(String productId, boolean change) {
        return change ? em.find(ChatSpace.class, productId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ChatSpace.class, productId);
    }

    /** Its workspace, locked for a change, keeps changes to the channel one after the other. */
    private Channel channel(ChatSpace space, String channelId) throws Refusal {
        Channel channel = channelId == null ? null : em.find(Channel.class, channelId);
        if (channel == null || !channel.productId().equals(space.productId())) {
            throw new Refusal(ServicesError.CHANNEL_NOT_FOUND);
        }
        return channel;
    }

    private long channelCount(ChatSpace space) {
        return em.createQuery("select count(c) from Channel c where c.productId = :product", Long.class)
                .setParameter("product", space.productId()).getSingleResult();
    }

    private void requireFreeName(ChatSpace space, String name, String exceptId) throws Refusal {
        boolean taken = em.createQuery("select c.id from Channel c where c.productId = :product and c.name = :name",
                        String.class)
                .setParameter("product", space.productId()).setParameter("name", name)
                .getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new Refusal(ServicesError.CHANNEL_NAME_TAKEN);
        }
    }

    private static void requireInSpace(Set<String> people, Collection<String> accounts) throws Refusal {
        for (String account : accounts) {
            if (!people.contains(account)) {
                throw new Refusal(ServicesError.CHANNEL_MEMBER_NOT_IN_SPACE);
            }
        }
    }

    /** Those of the accounts no longer in the workspace leave its private channels. */
    private void forgetThoseOut(ChatSpace space, Collection<String> accounts) {
        em.flush();
        for (String account : accounts) {
            if (access.roleOf(space, account).isPresent()) {
                continue;
            }
            em.createQuery("select c from Channel c join c.members m where c.productId = :product "
                            + "and m = :account", Channel.class)
                    .setParameter("product", space.productId()).setParameter("account", account)
                    .getResultStream().forEach(channel -> channel.forget(account));
        }
    }

    private SpaceView view(ChatSpace space) {
        Map<String, ChatRole> people = access.peopleOf(space);
        Map<String, ChatRole> own = space.members();
        List<TeamView> teams = space.teams().stream().sorted()
                .flatMap(team -> tenants.team(space.organizationId(), team).stream()).toList();
        List<Person> everyone = new ArrayList<>();
        for (Map.Entry<String, ChatRole> person : people.entrySet()) {
            String through = own.containsKey(person.getKey()) ? "own" : teams.stream()
                    .filter(team -> team.members().contains(person.getKey()))
                    .map(TeamView::id).findFirst().orElse("team");
            everyone.add(new Person(person.getKey(), person.getValue().slug(), through));
        }
        return new SpaceView(space.productId(), space.name(),
                own.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new MemberGrant(e.getKey(), e.getValue().slug())).toList(),
                space.teams().stream().sorted().toList(), everyone, channelCount(space));
    }

    private static ChannelView view(Channel channel, Set<String> people) {
        List<String> members = channel.isPrivate()
                ? channel.members().stream().filter(people::contains).sorted().toList()
                : people.stream().sorted().toList();
        return new ChannelView(channel.id(), channel.name(), channel.topic(), channel.visibility(),
                channel.isGeneral(), members, channel.createdAt());
    }
}
