package ch.partnerportal.identity.outbox.control;

import ch.partnerportal.identity.outbox.entity.OutboxEntry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/** The dispatcher's short transactions: read what is due, then close or reschedule each entry. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxWork {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Clock clock;

    public record Due(String id, long version, OutboxEntry.Kind kind, String subjectKey, String mailSubject,
                      String mailBody) {
    }

    public List<Due> due(int limit) {
        return em.createNamedQuery("OutboxEntry.due", OutboxEntry.class)
                .setParameter("now", clock.instant())
                .setParameter("status", OutboxEntry.Status.PENDING)
                .setMaxResults(limit)
                .getResultStream()
                .map(e -> new Due(e.id(), e.version(), e.kind(), e.subjectKey(), e.mailSubject(), e.mailBody()))
                .toList();
    }

    /** Closes the entry unless it was asked for again meanwhile (then it runs once more). */
    public void done(Due due) {
        OutboxEntry entry = em.find(OutboxEntry.class, due.id());
        if (entry != null && entry.version() == due.version()) {
            entry.done(clock.instant());
        }
    }

    public void failed(Due due, String error) {
        OutboxEntry entry = em.find(OutboxEntry.class, due.id());
        if (entry != null) {
            entry.failed(error, clock.instant());
        }
    }
}
