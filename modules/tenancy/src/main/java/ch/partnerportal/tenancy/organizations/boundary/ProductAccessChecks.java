package ch.partnerportal.tenancy.organizations.boundary;

import ch.partnerportal.kernel.DecisionTimes;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.AuditRecords;
import ch.partnerportal.tenancy.api.CallerRights;
import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.Delegations;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import ch.partnerportal.tenancy.organizations.entity.Membership;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import ch.partnerportal.tenancy.teams.entity.Team;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The caller's permission on one kind of product of an organization, read from the portal's database.
 * Every answer is timed into {@link DecisionTimes}, which the API reports per request.
 */
@Stateless
@Local(TenantAccess.class)
public class ProductAccessChecks implements TenantAccess {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Callers callers;

    /** The partner module's answer for callers who are no members; none while it is not deployed. */
    @Inject
    Instance<Delegations> delegations;

    @Inject
    AuditRecords audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public TenantProfile require(String organizationId, ProductAccess access, ProductAction action) throws Refusal {
        long start = System.nanoTime();
        try {
            return decide(organizationId, null, access, action);
        } finally {
            DecisionTimes.since(start);
        }
    }

    @Override
    public TenantProfile require(String organizationId, String productId, ProductAccess access, ProductAction action)
            throws Refusal {
        long start = System.nanoTime();
        try {
            return decide(organizationId, productId, access, action);
        } finally {
            DecisionTimes.since(start);
        }
    }

    /**
     * One indexed query answers most calls: the caller's membership, found by the login ID, with its
     * organization; the teams are read only when the member's own permissions do not suffice. Only a
     * caller who is no member costs the question to the partner module.
     */
    private TenantProfile decide(String organizationId, String productId, ProductAccess access, ProductAction action)
            throws Refusal {
        String loginId = Callers.loginId(context.getCallerPrincipal());
        Optional<Membership> membership = membershipByLoginId(organizationId, loginId);
        if (membership.isEmpty()) {
            DelegatedRights delegated = delegated(organizationId, loginId).orElseThrow(() -> notMember(loginId));
            if (!delegated.may(access, productId, action)) {
                throw new Refusal(TenancyError.PARTNER_SCOPE_REQUIRED, access.slug());
            }
            if (action == ProductAction.CHANGE) {
                // in the facade's transaction: a change refused after this point leaves no entry either
                audit.partner(organizationId, loginId, delegated.partnerOrganizationId(), "partner-change",
                        productId == null ? access.slug() : productId,
                        access.slug() + " changed through partner relationship " + delegated.relationshipId()
                                + (delegated.elevationId() == null ? "" : " under elevation " + delegated.elevationId()));
            }
            return em.find(Organization.class, organizationId).profile();
        }
        // a member holding a kind's permission, in person or through a team (ORG-8), may see, change and
        // read the statistics of it (ORG-4)
        Membership member = membership.get();
        if (!member.may(access) && !teamPermissions(organizationId, member.account().id()).contains(access)) {
            throw new Refusal(TenancyError.PRODUCT_ACCESS_REQUIRED, access.slug());
        }
        return member.organization().profile();
    }

    @Override
    public CallerRights rights(String organizationId) throws Refusal {
        long start = System.nanoTime();
        try {
            String loginId = Callers.loginId(context.getCallerPrincipal());
            Optional<MemberRights> member = rightsByLoginId(organizationId, loginId);
            if (member.isPresent()) {
                return member.get();
            }
            return delegated(organizationId, loginId).orElseThrow(() -> notMember(loginId));
        } finally {
            DecisionTimes.since(start);
        }
    }

    /**
     * Asked at most once per transaction for one caller and organization: a facade that lists what the
     * caller may do and then checks one product decides on the same relationship, and the partner
     * module's answer costs several queries.
     *
     * @param loginId normalized, as {@link Callers#loginId} gives it
     */
    @SuppressWarnings("unchecked")
    private Optional<DelegatedRights> delegated(String organizationId, String loginId) {
        if (delegations.isUnsatisfied()) {
            return Optional.empty();
        }
        if (transactions.getTransactionKey() == null) {
            return delegations.get().of(organizationId, loginId);
        }
        DelegationKey key = new DelegationKey(organizationId, loginId);
        Optional<DelegatedRights> known = (Optional<DelegatedRights>) transactions.getResource(key);
        if (known == null) {
            known = delegations.get().of(organizationId, loginId);
            transactions.putResource(key, known);
        }
        return known;
    }

    private record DelegationKey(String organizationId, String loginId) {
    }

    @Override
    public MemberRights caller(String organizationId) throws Refusal {
        long start = System.nanoTime();
        try {
            String loginId = Callers.loginId(context.getCallerPrincipal());
            return rightsByLoginId(organizationId, loginId).orElseThrow(() -> notMember(loginId));
        } finally {
            DecisionTimes.since(start);
        }
    }

    @Override
    public Optional<MemberRights> member(String organizationId, String accountId) {
        long start = System.nanoTime();
        try {
            return rightsOf(organizationId, accountId);
        } finally {
            DecisionTimes.since(start);
        }
    }

    private Optional<MemberRights> rightsOf(String organizationId, String accountId) {
        return em.createQuery("select m from Membership m "
                        + "where m.organization.id = :organization and m.account.id = :account", Membership.class)
                .setParameter("organization", organizationId)
                .setParameter("account", accountId)
                .getResultStream().findFirst().map(this::rights);
    }

    @Override
    public Optional<MemberRights> memberByLoginId(String organizationId, String loginId) {
        long start = System.nanoTime();
        try {
            return rightsByLoginId(organizationId, loginId);
        } finally {
            DecisionTimes.since(start);
        }
    }

    private Optional<MemberRights> rightsByLoginId(String organizationId, String loginId) {
        String email;
        try {
            email = Account.normalizeEmail(loginId);
        } catch (Refusal notAnAddress) {
            return Optional.empty();
        }
        return membershipByLoginId(organizationId, email).map(this::rights);
    }

    /** @param email a normalized login ID; the organization and the account come in the same query */
    private Optional<Membership> membershipByLoginId(String organizationId, String email) {
        return em.createQuery("select m from Membership m join fetch m.organization join fetch m.account "
                        + "where m.organization.id = :organization and m.account.email = :email", Membership.class)
                .setParameter("organization", organizationId)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<TeamView> team(String organizationId, String teamId) {
        long start = System.nanoTime();
        try {
            Team team = teamId == null ? null : em.find(Team.class, teamId);
            return team == null || !team.organizationId().equals(organizationId) ? Optional.empty()
                    : Optional.of(team.view());
        } finally {
            DecisionTimes.since(start);
        }
    }

    /** Own permissions and those of the member's teams, added up (ORG-8). */
    private MemberRights rights(Membership membership) {
        String organizationId = membership.organizationId();
        List<Team> teams = teamsOf(organizationId, membership.account().id());
        Set<ProductAccess> permissions = EnumSet.noneOf(ProductAccess.class);
        permissions.addAll(membership.permissions());
        teams.forEach(team -> permissions.addAll(team.permissions()));
        return membership.rights(permissions, teams.stream().map(Team::id).sorted().toList());
    }

    /** A non-member learns nothing of the organization, not even that it exists. */
    private Refusal notMember(String loginId) {
        return new Refusal(callers.byEmail(loginId).isPresent() ? TenancyError.ORGANIZATION_NOT_FOUND
                : TenancyError.NOT_SIGNED_IN);
    }

    private Set<ProductAccess> teamPermissions(String organizationId, String accountId) {
        Set<ProductAccess> permissions = EnumSet.noneOf(ProductAccess.class);
        teamsOf(organizationId, accountId).forEach(team -> permissions.addAll(team.permissions()));
        return permissions;
    }

    private List<Team> teamsOf(String organizationId, String accountId) {
        return em.createQuery("select t from Team t join t.members m where t.organizationId = :organization "
                        + "and m = :account", Team.class)
                .setParameter("organization", organizationId).setParameter("account", accountId).getResultList();
    }
}
