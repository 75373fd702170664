package ch.partnerportal.identity.outbox.boundary;

import ch.partnerportal.identity.outbox.entity.OutboxEntry;
import ch.partnerportal.kernel.Notice;
import ch.partnerportal.tenancy.api.OrganizationChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    public void organizationChanged(@Observes OrganizationChanged change) {
        requestProjection(change.organizationId());
    }

    /** One pending projection per organization is enough: it copies the whole state when it runs. */
    public void requestProjection(String organizationId) {
        List<OutboxEntry> pending = em.createNamedQuery("OutboxEntry.pendingFor", OutboxEntry.class)
                .setParameter("kind", OutboxEntry.Kind.KEYCLOAK_ORGANIZATION)
                .setParameter("subject", organizationId)
                .setParameter("status", OutboxEntry.Status.PENDING)
                .getResultList();
        if (pending.isEmpty()) {
            em.persist(OutboxEntry.organization(organizationId, clock.instant()));
        } else {
            pending.forEach(entry -> entry.dueNow(clock.instant()));
        }
    }
}
