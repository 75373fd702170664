package ch.partnerportal.tenancy.organizations.boundary;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.AuditRecords;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.Page;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.organizations.control.MemberChangeText;
import ch.partnerportal.tenancy.organizations.control.MemberDirectory;
import ch.partnerportal.tenancy.organizations.control.NoticeTexts;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import ch.partnerportal.tenancy.organizations.entity.Membership;
import ch.partnerportal.tenancy.teams.entity.Team;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import ch.partnerportal.tenancy.organizations.entity.RoleChange;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The users of an organization: list, remove, leave, roles and access (ORG-5, ORG-6, ORG-7, ORG-9).
 * A partner's user with full access (PAR-5) lists, changes and removes them as an administrator who
 * is no member, never acting on a legal representative; each of its changes goes to the audit trail
 * with what was before and after.
 */
@Stateless
public class Memberships {

    public static final int MAX_PAGE = 200;

    /** What the members list sorts by; the first is the default. */
    public static final List<String> SORTS = List.of("displayName", "email", "role", "joinedAt");

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    OrganizationStore store;

    @Inject
    MemberDirectory directory;

    @Inject
    TenantAccess tenants;

    @Inject
    AuditRecords audit;

    @Inject
    Event<Notice> notices;

    @Inject
    @ConfigProperty(name = "portal.console.url", defaultValue = "http://localhost:9080/console")
    String consoleUrl;

    /** One page of members, filtered by e-mail or name; every member may see who else is in. */
    public Page<MemberView> members(String organizationId, String search, int first, int size, String sortField,
                                    boolean descending) throws Refusal {
        String caller = Callers.loginId(context.getCallerPrincipal());
        if (directory.enabled()) {
            Optional<List<MemberView>> everyone = everyone(organizationId);
            if (everyone.isPresent()) {
                requireMember(organizationId, caller, everyone.get());
                return MemberDirectory.page(everyone.get(), search, first, Math.min(size, MAX_PAGE), sortField,
                        descending);
            }
        }
        String pattern = search == null || search.isBlank() ? null
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        String order = switch (sortField == null ? "" : sortField) {
            case "email" -> "m.account.email";
            case "role" -> "m.role";
            case "joinedAt" -> "m.joinedAt";
            default -> "m.account.displayName";
        } + (descending ? " desc" : " asc") + ", m.id";
        // without a search, no condition on the accounts: the page is read from the organization's index alone
        String where = " from Membership m where m.organization.id = :organization" + (pattern == null ? ""
                : " and (lower(m.account.email) like :pattern or lower(m.account.displayName) like :pattern)");
        int from = Math.max(0, first);
        int most = Math.max(1, Math.min(size, MAX_PAGE));
        TypedQuery<Membership> page = em.createQuery("select m" + where + " order by " + order, Membership.class)
                .setParameter("organization", organizationId);
        if (pattern != null) {
            page.setParameter("pattern", pattern);
        }
        List<MemberView> items = page
                // the page's accounts in the same query, not one query per member
                .setHint("eclipselink.join-fetch", "m.account")
                .setFirstResult(from)
                .setMaxResults(most)
                .getResultStream().map(Membership::view).toList();
        requireMember(organizationId, caller, items);
        if (from == 0 && items.size() < most) {
            // a first page that is not full is all there is: no count needed
            return new Page<>(items, items.size());
        }
        TypedQuery<Long> count = em.createQuery("select count(m)" + where, Long.class)
                .setParameter("organization", organizationId);
        if (pattern != null) {
            count.setParameter("pattern", pattern);
        }
        long total = count.getSingleResult();
        return new Page<>(items, total);
    }

    /**
     * Nothing is answered before the caller is known as a member: seen among the members read (a small
     * organization's first page holds everyone), or asked for.
     */
    private void requireMember(String organizationId, String caller, List<MemberView> read) throws Refusal {
        if (read.stream().noneMatch(member -> member.email().equals(caller))) {
            tenants.fullPartner(organizationId);
        }
    }

    /** Null for a member of the organization; see {@link TenantAccess#fullPartner}. */
    private DelegatedRights partnerWithFullAccess(Organization organization, Account caller) throws Refusal {
        return organization.membershipOf(caller).isPresent() ? null
                : tenants.fullPartner(organization.id()).orElse(null);
    }

    /** Every member of an organization from the directory, read into it when needed; empty for a large one. */
    private Optional<List<MemberView>> everyone(String organizationId) {
        Optional<List<MemberView>> kept = directory.members(organizationId);
        if (kept.isPresent()) {
            return kept;
        }
        long generation = directory.generation();
        List<MemberView> members = em.createQuery("select m from Membership m where m.organization.id = :organization",
                        Membership.class)
                .setParameter("organization", organizationId)
                .setHint("eclipselink.join-fetch", "m.account")
                .setMaxResults(MemberDirectory.LARGEST + 1)
                .getResultStream().map(Membership::view).toList();
        if (members.size() > MemberDirectory.LARGEST) {
            return Optional.empty();
        }
        directory.keep(organizationId, generation, members);
        return Optional.of(members);
    }

    public MemberView member(String organizationId, String accountId) throws Refusal {
        tenants.fullPartner(organizationId);
        return em.createQuery("select m from Membership m where m.organization.id = :organization "
                        + "and m.account.id = :account", Membership.class)
                .setParameter("organization", organizationId)
                .setParameter("account", accountId)
                .getResultStream().findFirst().map(Membership::view)
                .orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND));
    }

    /** ORG-5 / ORG-7: all the selected users leave, or none does. */
    public void remove(String organizationId, Collection<String> accountIds) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Organization organization = store.lockForChange(organizationId);
        DelegatedRights partner = partnerWithFullAccess(organization, caller);
        List<Membership> leaving = partner == null ? organization.remove(caller, accountIds)
                : organization.removeAsPartner(accountIds);
        leaveTeams(organizationId, accountIds);
        store.changed(organization);
        if (partner != null) {
            for (Membership gone : leaving) {
                audit.partner(organizationId, caller.email(), partner.partnerOrganizationId(), "member-removed",
                        gone.account().email(), "role: " + gone.role().slug() + " → none",
                        MemberChangeText.state(gone.role(), gone.permissions(), gone.contacts()), null);
            }
        }
    }

    /** ORG-8: who leaves the organization leaves its teams, and would not find them again on coming back. */
    private void leaveTeams(String organizationId, Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        em.createQuery("select distinct t from Team t join t.members m where t.organizationId = :organization "
                        + "and m in :accounts", Team.class)
                .setParameter("organization", organizationId).setParameter("accounts", accountIds)
                .getResultList().forEach(team -> accountIds.forEach(team::leave));
    }

    /** ORG-5 / ORG-7: the caller leaves the organization. */
    public void leave(String organizationId) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Organization organization = store.lockForChange(organizationId);
        organization.leave(caller);
        leaveTeams(organizationId, List.of(caller.id()));
        store.changed(organization);
    }

    /** ORG-6 / ORG-7 / ORG-9: the affected user is told of the change by e-mail. */
    public MemberView changeRole(String organizationId, String accountId, Role role) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Organization organization = store.lockForChange(organizationId);
        roleChanged(organization, caller, organization.changeRole(caller, accountId, role));
        return organization.membershipOf(accountId).orElseThrow().view();
    }

    /** ORG-6 / ORG-7 / ORG-9: role, permissions and contact preferences in one change, all or nothing. */
    public MemberView change(String organizationId, String accountId, Role role, Set<ProductAccess> permissions,
                             Set<ContactTopic> contacts) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Organization organization = store.lockForChange(organizationId);
        DelegatedRights partner = partnerWithFullAccess(organization, caller);
        if (partner == null) {
            organization.requireManager(caller);
        }
        Membership target = organization.membershipOf(accountId)
                .orElseThrow(() -> new Refusal(TenancyError.MEMBER_NOT_FOUND));
        Role roleBefore = target.role();
        Set<ProductAccess> granted = target.permissions();
        Set<ContactTopic> contactsBefore = target.contacts();
        Set<ProductAccess> newPermissions = permissions == null ? target.permissions() : permissions;
        Set<ContactTopic> newContacts = contacts == null ? target.contacts() : contacts;
        if (partner == null) {
            organization.changeAccess(caller, accountId, newPermissions, newContacts);
        } else {
            organization.changeAccessAsPartner(accountId, newPermissions, newContacts);
        }
        if (role != null) {
            roleChanged(organization, partner == null ? caller.displayName() : byPartner(caller, partner),
                    partner == null ? organization.changeRole(caller, accountId, role)
                            : organization.changeRoleAsPartner(accountId, role));
        }
        if (!granted.equals(target.permissions())) {
            // the identity provider's permission groups follow
            store.changed(organization);
        }
        if (partner != null) {
            String changed = MemberChangeText.between(roleBefore, granted, contactsBefore, target.role(),
                    target.permissions(), target.contacts());
            if (!changed.isEmpty()) {
                audit.partner(organizationId, caller.email(), partner.partnerOrganizationId(), "member-changed",
                        target.account().email(), changed, MemberChangeText.state(roleBefore, granted, contactsBefore),
                        MemberChangeText.state(target.role(), target.permissions(), target.contacts()));
            }
        }
        return target.view();
    }

    /** The name a partner's user is told by: its own, and its partner's. */
    private String byPartner(Account caller, DelegatedRights partner) {
        Organization organization = em.find(Organization.class, partner.partnerOrganizationId());
        return caller.displayName() + " (" + (organization == null ? partner.partnerOrganizationId()
                : organization.name()) + ")";
    }

    private void roleChanged(Organization organization, Account caller, RoleChange change) {
        roleChanged(organization, caller.displayName(), change);
    }

    private void roleChanged(Organization organization, String changedBy, RoleChange change) {
        if (change.changed()) {
            store.changed(organization);
            Account affected = change.account();
            notices.fire(NoticeTexts.roleChanged(affected.email(), affected.locale(), organization.name(),
                    change.before(), change.after(), changedBy, consoleUrl));
        }
    }

    /** ORG-6: product permissions and contact preferences. */
    public MemberView changeAccess(String organizationId, String accountId, Set<ProductAccess> permissions,
                                   Set<ContactTopic> contacts) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Organization organization = store.lockForChange(organizationId);
        Membership target = organization.changeAccess(caller, accountId, permissions, contacts);
        store.changed(organization);
        return target.view();
    }
}
