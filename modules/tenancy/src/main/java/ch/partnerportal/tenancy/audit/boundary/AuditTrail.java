package ch.partnerportal.tenancy.audit.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.api.AuditEntryView;
import ch.partnerportal.tenancy.api.Page;
import ch.partnerportal.tenancy.audit.entity.AuditEntry;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** An organization's audit trail, newest first, for its legal representatives and administrators. */
@Stateless
public class AuditTrail {

    public static final int MAX_PAGE = 100;

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    OrganizationStore store;

    public Page<AuditEntryView> entries(String organizationId, int first, int size) throws Refusal {
        store.requireManager(organizationId, callers.account(context.getCallerPrincipal()));
        long total = em.createQuery("select count(e) from AuditEntry e where e.organizationId = :organization",
                        Long.class).setParameter("organization", organizationId).getSingleResult();
        var items = em.createQuery("select e from AuditEntry e where e.organizationId = :organization "
                        + "order by e.at desc, e.id", AuditEntry.class)
                .setParameter("organization", organizationId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultStream().map(AuditEntry::view).toList();
        return new Page<>(items, total);
    }
}
