package ch.partnerportal.services.drives.entity;

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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A drive of a kDrive product: a name, a quota, and who may use it with which role, given to members in
 * person or to teams (ORG-8: a person's own role overrides their teams').
 */
@Entity
@Table(name = "drive")
public class Drive {

    public static final int MAX_NAME = 80;
    public static final int MIN_QUOTA_GB = 1;
    public static final int MAX_QUOTA_GB = 100_000;

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

    @Column(name = "quota_gb", nullable = false)
    private int quotaGb;

    @ElementCollection
    @CollectionTable(name = "drive_member", joinColumns = @JoinColumn(name = "drive_id"))
    @MapKeyColumn(name = "account_id", length = 36)
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 10)
    private Map<String, DriveRole> members = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "drive_team", joinColumns = @JoinColumn(name = "drive_id"))
    @MapKeyColumn(name = "team_id", length = 36)
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 10)
    private Map<String, DriveRole> teams = new HashMap<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Drive() {
    }

    public static Drive made(String productId, String organizationId, String name, int quotaGb, Instant now)
            throws Refusal {
        Drive drive = new Drive();
        drive.id = UUID.randomUUID().toString();
        drive.productId = productId;
        drive.organizationId = organizationId;
        drive.rename(name);
        drive.setQuota(quotaGb);
        drive.createdAt = now;
        return drive;
    }

    public void rename(String newName) throws Refusal {
        String text = PlainText.line("name", newName);
        if (text == null || text.isBlank() || text.length() > MAX_NAME) {
            throw new Refusal(ServicesError.DRIVE_NAME_INVALID, MAX_NAME);
        }
        name = text;
    }

    public void setQuota(int gigabytes) throws Refusal {
        if (gigabytes < MIN_QUOTA_GB || gigabytes > MAX_QUOTA_GB) {
            throw new Refusal(ServicesError.NUMBER_OUT_OF_RANGE, "quotaGb", MIN_QUOTA_GB, MAX_QUOTA_GB);
        }
        quotaGb = gigabytes;
    }

    public void grant(String accountId, DriveRole role) {
        members.put(accountId, role);
    }

    public void grantTeam(String teamId, DriveRole role) {
        teams.put(teamId, role);
    }

    public void revoke(String accountId) {
        members.remove(accountId);
    }

    public void revokeTeam(String teamId) {
        teams.remove(teamId);
    }

    /** ORG-8: a person's own role overrides what their teams give; without one, the highest team role. */
    public Optional<DriveRole> roleOf(String accountId, Iterable<String> teamsOfAccount) {
        DriveRole own = members.get(accountId);
        if (own != null) {
            return Optional.of(own);
        }
        DriveRole best = null;
        for (String team : teamsOfAccount) {
            DriveRole given = teams.get(team);
            if (given != null && (best == null || given.compareTo(best) > 0)) {
                best = given;
            }
        }
        return Optional.ofNullable(best);
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

    public int quotaGb() {
        return quotaGb;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Map<String, DriveRole> members() {
        return Map.copyOf(members);
    }

    public Map<String, DriveRole> teams() {
        return Map.copyOf(teams);
    }
}
