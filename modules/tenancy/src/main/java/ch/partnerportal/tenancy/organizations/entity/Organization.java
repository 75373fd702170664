package ch.partnerportal.tenancy.organizations.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.OrganizationDetails;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An organization and its members: the aggregate that guards ORG-3 (who may change what) and ORG-7
 * (there is always a legal representative). Every change to members goes through here.
 */
@Entity
@Table(name = "organization")
public class Organization {

    public static final int MAX_NAME = 100;
    private static final Pattern VAT = Pattern.compile("^[A-Z0-9][A-Z0-9 .\\-]{3,29}$");

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Embedded
    private PostalAddress address;

    @Column(name = "vat_number", length = 30)
    private String vatNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Membership> memberships = new ArrayList<>();

    protected Organization() {
    }

    /**
     * ORG-1: a person signing up on their own gets an organization named after them and is its legal
     * representative. The billing country starts as Switzerland until they change it.
     */
    public static Organization foundedBy(Account founder, String country, Instant now) throws Refusal {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID().toString();
        organization.name = requiredName(founder.displayName());
        organization.address = new PostalAddress(null, null, null, country == null ? "CH" : country);
        organization.createdAt = now;
        organization.memberships.add(new Membership(organization, founder, Role.LEGAL_REPRESENTATIVE,
                EnumSet.allOf(ProductAccess.class), EnumSet.allOf(ContactTopic.class), now));
        return organization;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public Optional<Membership> membershipOf(Account account) {
        return membershipOf(account.id());
    }

    public Optional<Membership> membershipOf(String accountId) {
        return memberships.stream().filter(m -> m.account().id().equals(accountId)).findFirst();
    }

    /** The caller's membership; a non-member learns nothing, not even that the organization exists. */
    public Membership requireMember(Account actor) throws Refusal {
        return membershipOf(actor).orElseThrow(() -> new Refusal(TenancyError.ORGANIZATION_NOT_FOUND));
    }

    /** ORG-3: only a legal representative or an administrator may change the organization or its users. */
    public Membership requireManager(Account actor) throws Refusal {
        Membership membership = requireMember(actor);
        if (!membership.role().mayManage()) {
            throw new Refusal(TenancyError.INSUFFICIENT_RIGHTS);
        }
        return membership;
    }

    public OrganizationView viewFor(Account viewer) throws Refusal {
        return viewAs(requireMember(viewer).role(), memberships.size());
    }

    /** The view for a member whose role and the member count were read by a query. */
    public OrganizationView viewAs(Role role, long memberCount) {
        return new OrganizationView(id, name, address.street(), address.postalCode(), address.city(),
                address.country(), vatNumber, role, memberCount);
    }

    /** Who the organization is and where it is billed, as other modules need it. */
    public TenantProfile profile() {
        return new TenantProfile(id, name, address.street(), address.postalCode(), address.city(), address.country(),
                vatNumber);
    }

    /** ORG-3: name, address, VAT number and billing country, by a legal representative or administrator. */
    public void changeDetails(Account actor, OrganizationDetails details) throws Refusal {
        requireManager(actor);
        String newName = requiredName(details.name());
        PostalAddress newAddress = new PostalAddress(details.street(), details.postalCode(), details.city(),
                details.country());
        String newVat = optional(details.vatNumber(), 30, "vatNumber");
        if (newVat != null) {
            newVat = newVat.toUpperCase(Locale.ROOT);
            if (!VAT.matcher(newVat).matches()) {
                throw new Refusal(TenancyError.INVALID_VAT_NUMBER, details.vatNumber());
            }
        }
        this.name = newName;
        this.address = newAddress;
        this.vatNumber = newVat;
    }

    /**
     * ORG-2 / ORG-4: an account joins with the role, permissions and contact preferences chosen when it
     * was invited.
     */
    public Membership admit(Account account, Role role, Set<ProductAccess> permissions, Set<ContactTopic> contacts,
                            Instant now) throws Refusal {
        if (membershipOf(account).isPresent()) {
            throw new Refusal(TenancyError.ALREADY_MEMBER, account.email());
        }
        Membership membership = new Membership(this, account, role, permissions, contacts, now);
        memberships.add(membership);
        return membership;
    }

    /** Who may grant a role when inviting: a manager, and a legal representative for that role. */
    public void requireMayGrant(Account actor, Role role) throws Refusal {
        Membership mine = requireManager(actor);
        if (role == Role.LEGAL_REPRESENTATIVE && !mine.isLegalRepresentative()) {
            throw new Refusal(TenancyError.LEGAL_REPRESENTATIVE_RIGHTS_REQUIRED);
        }
    }

    /**
     * ORG-5 and ORG-7: removes one or several users at once, all or none. Removing a legal
     * representative needs a legal representative; the last one can never go.
     */
    public List<Membership> remove(Account actor, Collection<String> accountIds) throws Refusal {
        if (accountIds == null || accountIds.isEmpty()) {
            throw new Refusal(TenancyError.NOTHING_SELECTED);
        }
        Membership mine = requireManager(actor);
        return removeAll(accountIds, mine.isLegalRepresentative() ? null
                : TenancyError.LEGAL_REPRESENTATIVE_RIGHTS_REQUIRED);
    }

    /**
     * PAR-5: a partner's user with full access removes users as an administrator who is no member
     * would: never a legal representative (TEN-136), who answers for the organization itself.
     */
    public List<Membership> removeAsPartner(Collection<String> accountIds) throws Refusal {
        if (accountIds == null || accountIds.isEmpty()) {
            throw new Refusal(TenancyError.NOTHING_SELECTED);
        }
        return removeAll(accountIds, TenancyError.PARTNER_NOT_ON_LEGAL_REPRESENTATIVES);
    }

    /** @param onLegalRepresentative the refusal when one of them is a legal representative; null: allowed */
    private List<Membership> removeAll(Collection<String> accountIds, TenancyError onLegalRepresentative)
            throws Refusal {
        List<Membership> leaving = new ArrayList<>();
        for (String accountId : Set.copyOf(accountIds)) {
            Membership target = membershipOf(accountId)
                    .orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND));
            if (target.isLegalRepresentative() && onLegalRepresentative != null) {
                throw new Refusal(onLegalRepresentative);
            }
            leaving.add(target);
        }
        requireLegalRepresentativeRemains(leaving);
        memberships.removeAll(leaving);
        return leaving;
    }

    /** ORG-5 and ORG-7: anyone may leave, except the last legal representative. */
    public Membership leave(Account actor) throws Refusal {
        Membership mine = requireMember(actor);
        requireLegalRepresentativeRemains(List.of(mine));
        memberships.remove(mine);
        return mine;
    }

    /** ORG-6, ORG-7 and ORG-9: changes a user's role (also one's own) and says what changed. */
    public RoleChange changeRole(Account actor, String accountId, Role newRole) throws Refusal {
        if (newRole == null) {
            throw new Refusal(TenancyError.UNKNOWN_ROLE, "");
        }
        Membership mine = requireManager(actor);
        Membership target = membershipOf(accountId).orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND));
        Role before = target.role();
        if ((before == Role.LEGAL_REPRESENTATIVE || newRole == Role.LEGAL_REPRESENTATIVE)
                && !mine.isLegalRepresentative()) {
            throw new Refusal(TenancyError.LEGAL_REPRESENTATIVE_RIGHTS_REQUIRED);
        }
        return assignRole(target, newRole);
    }

    /** PAR-5: a partner's user with full access changes a role, never from or to legal representative. */
    public RoleChange changeRoleAsPartner(String accountId, Role newRole) throws Refusal {
        if (newRole == null) {
            throw new Refusal(TenancyError.UNKNOWN_ROLE, "");
        }
        Membership target = partnerTarget(accountId);
        if (newRole == Role.LEGAL_REPRESENTATIVE) {
            throw new Refusal(TenancyError.PARTNER_NOT_ON_LEGAL_REPRESENTATIVES);
        }
        return assignRole(target, newRole);
    }

    /** PAR-5: a partner's user with full access changes the permissions and contacts of a user but a legal representative. */
    public Membership changeAccessAsPartner(String accountId, Set<ProductAccess> permissions,
                                           Set<ContactTopic> contacts) throws Refusal {
        Membership target = partnerTarget(accountId);
        target.setAccess(permissions, contacts);
        return target;
    }

    private Membership partnerTarget(String accountId) throws Refusal {
        Membership target = membershipOf(accountId).orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND));
        if (target.isLegalRepresentative()) {
            throw new Refusal(TenancyError.PARTNER_NOT_ON_LEGAL_REPRESENTATIVES);
        }
        return target;
    }

    /**
     * ORG-7 and ORG-9 for a change an administrator of the identity provider made in its own console:
     * that administrator needs no role here, and the organization keeps a legal representative.
     */
    public RoleChange changeRoleAsIdentityAdministrator(String accountId, Role newRole) throws Refusal {
        return assignRole(membershipOf(accountId).orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND)),
                newRole);
    }

    /** ORG-5 and ORG-7 for a removal made in the identity provider's console. */
    public Membership removeAsIdentityAdministrator(String accountId) throws Refusal {
        Membership target = membershipOf(accountId).orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND));
        requireLegalRepresentativeRemains(List.of(target));
        memberships.remove(target);
        return target;
    }

    /**
     * ORG-6 for one permission given or taken in the identity provider's console. Managers hold every
     * permission (ORG-3), so none can be taken from them one by one.
     */
    public Membership changePermissionAsIdentityAdministrator(String accountId, ProductAccess permission,
                                                              boolean granted) throws Refusal {
        Membership target = membershipOf(accountId).orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND));
        if (!granted && target.role().mayManage()) {
            throw new Refusal(TenancyError.PERMISSION_IMPLIED_BY_ROLE, target.account().email());
        }
        Set<ProductAccess> permissions = EnumSet.noneOf(ProductAccess.class);
        permissions.addAll(target.permissions());
        if (granted) {
            permissions.add(permission);
        } else {
            permissions.remove(permission);
        }
        target.setAccess(permissions, target.contacts());
        return target;
    }

    private RoleChange assignRole(Membership target, Role newRole) throws Refusal {
        Role before = target.role();
        if (before == Role.LEGAL_REPRESENTATIVE && newRole != Role.LEGAL_REPRESENTATIVE) {
            requireLegalRepresentativeRemains(List.of(target));
        }
        target.setRole(newRole);
        return new RoleChange(target.account(), before, newRole);
    }

    /** ORG-6: product permissions and contact preferences of others and of oneself. */
    public Membership changeAccess(Account actor, String accountId, Set<ProductAccess> permissions,
                                   Set<ContactTopic> contacts) throws Refusal {
        requireManager(actor);
        Membership target = membershipOf(accountId).orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND));
        target.setAccess(permissions, contacts);
        return target;
    }

    public long legalRepresentativeCount() {
        return memberships.stream().filter(Membership::isLegalRepresentative).count();
    }

    private void requireLegalRepresentativeRemains(Collection<Membership> leaving) throws Refusal {
        long remaining = memberships.stream()
                .filter(Membership::isLegalRepresentative)
                .filter(m -> !leaving.contains(m))
                .count();
        if (remaining == 0) {
            throw new Refusal(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        }
    }

    static String requiredName(String text) throws Refusal {
        if (text == null || text.isBlank()) {
            throw new Refusal(TenancyError.NAME_REQUIRED);
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_NAME) {
            throw new Refusal(TenancyError.FIELD_TOO_LONG, "name", MAX_NAME);
        }
        return stripped;
    }

    static String optional(String text, int max, String field) throws Refusal {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new Refusal(TenancyError.FIELD_TOO_LONG, field, max);
        }
        return stripped;
    }
}
