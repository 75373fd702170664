package ch.partnerportal.services.chat.entity;

import ch.partnerportal.kernel.PlainText;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workspace of a kChat product: its name and who is in it, in person with a role or through a team
 * (ORG-8). Being in the workspace puts a person in all its public channels.
 */
@Entity
@Table(name = "chat_space")
public class ChatSpace {

    public static final int MAX_NAME = 80;

    @Id
    @Column(name = "product_id", length = 36)
    private String productId;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @ElementCollection
    @CollectionTable(name = "chat_member", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "account_id", length = 36)
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 10)
    private Map<String, ChatRole> members = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "chat_team", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "team_id", length = 36)
    private Set<String> teams = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ChatSpace() {
    }

    /** @param label the product's label, which names the workspace until its owner renames it */
    public static ChatSpace provisioned(String productId, String organizationId, String label, Instant now) {
        ChatSpace space = new ChatSpace();
        space.productId = productId;
        space.organizationId = organizationId;
        String text = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        space.name = text.isEmpty() ? "kChat" : text.substring(0, Math.min(MAX_NAME, text.length()));
        space.createdAt = now;
        return space;
    }

    public void rename(String newName) throws Refusal {
        String text = PlainText.line("name", newName);
        if (text == null || text.isBlank() || text.length() > MAX_NAME) {
            throw new Refusal(ServicesError.CHAT_NAME_INVALID, MAX_NAME);
        }
        name = text.strip();
    }

    public void add(String accountId, ChatRole role) {
        members.put(accountId, role);
    }

    public void remove(String accountId) {
        members.remove(accountId);
    }

    public void addTeam(String teamId) {
        teams.add(teamId);
    }

    public void removeTeam(String teamId) {
        teams.remove(teamId);
    }

    /**
     * ORG-8: a person's own role decides; without one, being in a team of the workspace makes a member.
     * Individual and team access add up: leaving the team keeps the person's own place.
     */
    public Optional<ChatRole> roleOf(String accountId, Iterable<String> teamsOfAccount) {
        ChatRole own = members.get(accountId);
        if (own != null) {
            return Optional.of(own);
        }
        for (String team : teamsOfAccount) {
            if (teams.contains(team)) {
                return Optional.of(ChatRole.MEMBER);
            }
        }
        return Optional.empty();
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

    public Instant createdAt() {
        return createdAt;
    }

    public Map<String, ChatRole> members() {
        return Map.copyOf(members);
    }

    public Set<String> teams() {
        return Set.copyOf(teams);
    }
}
