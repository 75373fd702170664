package ch.partnerportal.tenancy.organizations.entity;

import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.accounts.entity.MemberChanges;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One account's place in one organization: its role, product permissions and contact preferences. */
@Entity
@EntityListeners(MemberChanges.class)
@Table(name = "membership")
public class Membership {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Convert(converter = ProductAccessConverter.class)
    @Column(nullable = false, length = 200)
    private Set<ProductAccess> permissions = EnumSet.noneOf(ProductAccess.class);

    @Convert(converter = ContactTopicConverter.class)
    @Column(nullable = false, length = 200)
    private Set<ContactTopic> contacts = EnumSet.noneOf(ContactTopic.class);

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    Membership(Organization organization, Account account, Role role, Set<ProductAccess> permissions,
               Set<ContactTopic> contacts, Instant joinedAt) {
        this.id = UUID.randomUUID().toString();
        this.organization = organization;
        this.account = account;
        this.role = role;
        setAccess(permissions, contacts);
        this.joinedAt = joinedAt;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setAccess(Set<ProductAccess> newPermissions, Set<ContactTopic> newContacts) {
        this.permissions = newPermissions == null || newPermissions.isEmpty()
                ? EnumSet.noneOf(ProductAccess.class) : EnumSet.copyOf(newPermissions);
        this.contacts = newContacts == null || newContacts.isEmpty()
                ? EnumSet.noneOf(ContactTopic.class) : EnumSet.copyOf(newContacts);
    }

    public Account account() {
        return account;
    }

    public Role role() {
        return role;
    }

    public boolean isLegalRepresentative() {
        return role == Role.LEGAL_REPRESENTATIVE;
    }

    /** Legal representatives and administrators have every product permission (ORG-3). */
    public boolean may(ProductAccess access) {
        return role.mayManage() || permissions.contains(access);
    }

    /**
     * @param effective its own permissions and its teams' (ORG-8)
     */
    public MemberRights rights(Set<ProductAccess> effective, List<String> teams) {
        return new MemberRights(account.id(), account.email(), account.displayName(), account.locale(), role,
                effective, teams);
    }

    public Organization organization() {
        return organization;
    }

    public String organizationId() {
        return organization.id();
    }

    public Set<ProductAccess> permissions() {
        return Set.copyOf(permissions);
    }

    public Set<ContactTopic> contacts() {
        return Set.copyOf(contacts);
    }

    public MemberView view() {
        return new MemberView(account.id(), account.email(), account.displayName(), role,
                permissions.isEmpty() ? Set.of() : EnumSet.copyOf(permissions),
                contacts.isEmpty() ? Set.of() : EnumSet.copyOf(contacts), joinedAt);
    }
}
