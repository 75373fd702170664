package ch.partnerportal.tenancy.teams.entity;

import ch.partnerportal.kernel.PlainText;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.organizations.entity.ProductAccessConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * ORG-8: a work team of an organization. It carries product permissions, which its members hold on top
 * of their own; a member may be in several teams, externals included.
 */
@Entity
@Table(name = "team")
public class Team {

    public static final int MAX_NAME = 60;

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Convert(converter = ProductAccessConverter.class)
    @Column(nullable = false, length = 200)
    private Set<ProductAccess> permissions = EnumSet.noneOf(ProductAccess.class);

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "account_id", length = 36)
    private Set<String> members = new TreeSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Team() {
    }

    public static Team founded(String organizationId, String name, Set<ProductAccess> permissions, Instant now)
            throws Refusal {
        Team team = new Team();
        team.id = UUID.randomUUID().toString();
        team.organizationId = organizationId;
        team.name = validName(name);
        team.permissions = copy(permissions);
        team.createdAt = now;
        return team;
    }

    public static String validName(String name) throws Refusal {
        String text = PlainText.line("name", name);
        if (text == null || text.isBlank() || text.length() > MAX_NAME) {
            throw new Refusal(TenancyError.TEAM_NAME_INVALID, MAX_NAME);
        }
        return text;
    }

    public void rename(String newName) throws Refusal {
        name = validName(newName);
    }

    /** @return whether they changed */
    public boolean grant(Set<ProductAccess> newPermissions) {
        Set<ProductAccess> granted = copy(newPermissions);
        boolean changed = !granted.equals(permissions);
        permissions = granted;
        return changed;
    }

    /** @return whether the account was not in the team yet */
    public boolean join(String accountId) {
        return members.add(accountId);
    }

    public boolean leave(String accountId) {
        return members.remove(accountId);
    }

    private static Set<ProductAccess> copy(Set<ProductAccess> permissions) {
        return permissions == null || permissions.isEmpty() ? EnumSet.noneOf(ProductAccess.class)
                : EnumSet.copyOf(permissions);
    }

    public TeamView view() {
        return new TeamView(id, name, permissions.isEmpty() ? Set.of() : EnumSet.copyOf(permissions),
                members.stream().sorted().toList());
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public Set<ProductAccess> permissions() {
        return permissions.isEmpty() ? Set.of() : EnumSet.copyOf(permissions);
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }
}
