package ch.partnerportal.tenancy.organizations.control;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.OrganizationChanged;
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
