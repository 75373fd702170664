package ch.partnerportal.identity.outbox.boundary;

import ch.partnerportal.identity.outbox.entity.OutboxEntry;
import ch.partnerportal.kernel.Notice;
import ch.partnerportal.tenancy.api.OrganizationChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Records work in the transaction of the change that caused it: if that transaction rolls back, the
 * work is forgotten with it; if it commits, the dispatcher will carry it out.
 */
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Clock clock;

    public void notice(@Observes Notice notice) {
        em.persist(OutboxEntry.mail(notice.recipient(), notice.subject(), notice.body(), notice.topic(),
                clock.instant()));
    }

    /** One pending projection per organization is enough: it copies the whole state when it runs. */
    public void organizationChanged(@Observes OrganizationChanged change) {
        List<OutboxEntry> pending = pendingProjections(change.organizationId());
        if (pending.isEmpty()) {
            em.persist(OutboxEntry.organization(change.organizationId(), clock.instant()));
        } else {
            pending.forEach(entry -> entry.dueNow(clock.instant()));
        }
    }

    /** The reconciler's request: behind every change, and nothing if a projection is pending anyway. */
    public void requestReconciliation(String organizationId) {
        if (pendingProjections(organizationId).isEmpty()) {
            em.persist(OutboxEntry.reconciliation(organizationId, clock.instant()));
        }
    }

    /**
     * Locked before it is changed: the dispatcher claims a pending entry under its version at any
     * moment, and a change that merged into the entry without the lock failed at its commit when the
     * claim came between (the member's change rolled back while Keycloak was slow or down).
     */
    private List<OutboxEntry> pendingProjections(String organizationId) {
        return em.createNamedQuery("OutboxEntry.pendingFor", OutboxEntry.class)
                .setParameter("kind", OutboxEntry.Kind.KEYCLOAK_ORGANIZATION)
                .setParameter("subject", organizationId)
                .setParameter("status", OutboxEntry.Status.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
