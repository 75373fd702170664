package ch.partnerportal.tenancy.organizations.control;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.OrganizationChanged;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Loads organizations for reading or, locked, for changing (ORG-7 under concurrency). */
@Dependent
public class OrganizationStore {

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Event<OrganizationChanged> changes;

    public Organization find(String id) throws Refusal {
        Organization organization = id == null ? null : em.find(Organization.class, id);
        if (organization == null) {
            throw new Refusal(TenancyError.ORGANIZATION_NOT_FOUND);
        }
        return organization;
    }

    /**
     * Locks the organization row until the transaction ends, so that two requests changing the same
     * organization's members run one after the other and each sees the other's result.
     */
    public Organization lockForChange(String id) throws Refusal {
        Organization organization = id == null ? null : em.find(Organization.class, id,
                LockModeType.PESSIMISTIC_WRITE);
        if (organization == null) {
            throw new Refusal(TenancyError.ORGANIZATION_NOT_FOUND);
        }
        return organization;
    }

    /**
     * The caller's role without loading every member: the read paths of large organizations stay
     * one indexed query. A non-member learns nothing, not even that the organization exists.
     */
    public Role roleOf(String organizationId, Account account) throws Refusal {
        return em.createQuery("select m.role from Membership m where m.organization.id = :organization "
                        + "and m.account.id = :account", Role.class)
                .setParameter("organization", organizationId)
                .setParameter("account", account.id())
                .getResultStream().findFirst()
                .orElseThrow(() -> new Refusal(TenancyError.ORGANIZATION_NOT_FOUND));
    }

    /** The same by the caller's login ID, in one query with the account: the read paths ask nothing else first. */
    public Role roleOf(String organizationId, String loginId) throws Refusal {
        return em.createQuery("select m.role from Membership m where m.organization.id = :organization "
                        + "and m.account.email = :email", Role.class)
                .setParameter("organization", organizationId)
                .setParameter("email", loginId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new Refusal(TenancyError.ORGANIZATION_NOT_FOUND));
    }

    /** The organization as the caller sees it, without loading its members. */
    public OrganizationView view(String organizationId, Account account) throws Refusal {
        Role role = roleOf(organizationId, account);
        long members = em.createQuery("select count(m) from Membership m where m.organization.id = :organization",
                        Long.class)
                .setParameter("organization", organizationId).getSingleResult();
        return find(organizationId).viewAs(role, members);
    }

    public void requireManager(String organizationId, Account account) throws Refusal {
        if (!roleOf(organizationId, account).mayManage()) {
            throw new Refusal(TenancyError.INSUFFICIENT_RIGHTS);
        }
    }

    public void add(Organization organization) {
        em.persist(organization);
        changed(organization);
    }

    /** Tells observers (the identity provider projection) in this transaction. */
    public void changed(Organization organization) {
        em.flush();
        changes.fire(new OrganizationChanged(organization.id()));
    }
}
