package ch.partnerportal.services.chat.entity;

import ch.partnerportal.kernel.PlainText;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A channel of a kChat workspace. A public one has everyone in the workspace; a private one only the
 * people put in it, who must be in the workspace. Every workspace has its {@code general} channel,
 * which stays public and cannot be deleted, so that everyone always has a place in common.
 */
@Entity
@Table(name = "chat_channel")
public class Channel {

    public static final int MAX_NAME = 80;
    public static final int MAX_TOPIC = 250;
    public static final String GENERAL = "general";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0," + (MAX_NAME - 1) + "}");

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "product_id", nullable = false, length = 36, updatable = false)
    private String productId;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_TOPIC)
    private String topic;

    @Column(name = "private_channel", nullable = false)
    private boolean privateChannel;

    @Column(name = "general_channel", nullable = false, updatable = false)
    private boolean general;

    @ElementCollection
    @CollectionTable(name = "chat_channel_member", joinColumns = @JoinColumn(name = "channel_id"))
    @Column(name = "account_id", length = 36)
    private Set<String> members = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Channel() {
    }

    public static Channel general(String productId, String organizationId, Instant now) {
        Channel channel = blank(productId, organizationId, now);
        channel.name = GENERAL;
        channel.general = true;
        return channel;
    }

    public static Channel made(String productId, String organizationId, String name, String topic, Instant now)
            throws Refusal {
        Channel channel = blank(productId, organizationId, now);
        channel.rename(name);
        channel.setTopic(topic);
        return channel;
    }

    private static Channel blank(String productId, String organizationId, Instant now) {
        Channel channel = new Channel();
        channel.id = UUID.randomUUID().toString();
        channel.productId = productId;
        channel.organizationId = organizationId;
        channel.createdAt = now;
        return channel;
    }

    /**
     * Channel names are what people type after a {@code #}: lower case, spaces become hyphens, as in the
     * chat applications people know; anything else is refused rather than silently dropped.
     */
    public static String normalized(String text) throws Refusal {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (name.startsWith("#")) {
            name = name.substring(1);
        }
        if (!NAME.matcher(name).matches()) {
            throw new Refusal(ServicesError.CHANNEL_NAME_INVALID, MAX_NAME);
        }
        return name;
    }

    /** @return whether the visibility asked for is private: "public" or "private" */
    public static boolean privateVisibility(String visibility) throws Refusal {
        if ("private".equals(visibility)) {
            return true;
        }
        if ("public".equals(visibility)) {
            return false;
        }
        throw new Refusal(ServicesError.CHANNEL_VISIBILITY_UNKNOWN, visibility == null ? "" : visibility);
    }

    public String visibility() {
        return privateChannel ? "private" : "public";
    }

    public void rename(String newName) throws Refusal {
        name = normalized(newName);
    }

    public void setTopic(String newTopic) throws Refusal {
        String text = newTopic == null ? null : PlainText.line("topic", newTopic);
        if (text != null && text.length() > MAX_TOPIC) {
            throw new Refusal(ServicesError.CHANNEL_TOPIC_INVALID, MAX_TOPIC);
        }
        topic = text == null || text.isBlank() ? null : text.strip();
    }

    /** Made private, it keeps the people it had; made public, it has the whole workspace again. */
    public void makePrivate(Set<String> keeping) throws Refusal {
        if (general) {
            throw new Refusal(ServicesError.CHANNEL_GENERAL_FIXED);
        }
        if (!privateChannel) {
            members.clear();
            members.addAll(keeping);
        }
        privateChannel = true;
    }

    public void makePublic() {
        privateChannel = false;
        members.clear();
    }

    public void add(String accountId) throws Refusal {
        if (!privateChannel) {
            throw new Refusal(ServicesError.CHANNEL_PUBLIC_HAS_ALL);
        }
        members.add(accountId);
    }

    public void remove(String accountId) throws Refusal {
        if (!privateChannel) {
            throw new Refusal(ServicesError.CHANNEL_PUBLIC_HAS_ALL);
        }
        members.remove(accountId);
    }

    /** A person who is out of the workspace is out of its private channels too. */
    public void forget(String accountId) {
        members.remove(accountId);
    }

    public void requireDeletable() throws Refusal {
        if (general) {
            throw new Refusal(ServicesError.CHANNEL_GENERAL_FIXED);
        }
    }

    public String id() {
        return id;
    }

    public String productId() {
        return productId;
    }

    public String organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String topic() {
        return topic;
    }

    public boolean isPrivate() {
        return privateChannel;
    }

    public boolean isGeneral() {
        return general;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }
}
