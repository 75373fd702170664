package ch.partnerportal.identity.outbox.control;

import ch.partnerportal.identity.outbox.entity.OutboxEntry;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The dispatcher's short transactions: read what is due, then close or reschedule each entry. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxWork {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** Longer than any entry takes (an SMTP or Keycloak time-out is seconds). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** @param background reconciliation work, which waits behind the changes people make */
    public record Due(String id, long version, OutboxEntry.Kind kind, String subjectKey, String mailSubject,
                      String mailBody, boolean background) {
    }

    public List<Due> due(int limit) {
        return em.createNamedQuery("OutboxEntry.due", OutboxEntry.class)
                .setParameter("now", clock.instant())
                .setParameter("status", OutboxEntry.Status.PENDING)
                .setMaxResults(limit)
                .getResultStream()
                .map(e -> new Due(e.id(), e.version(), e.kind(), e.subjectKey(), e.mailSubject(), e.mailBody(),
                        e.background()))
                .toList();
    }

    /**
     * Takes a due entry for this server for {@link #LEASE}, so that servers sharing the database never
     * carry out one entry together (one e-mail sent twice); empty when another server took it first or
     * it changed since it was read.
     */
    public Optional<Due> claim(Due due) {
        Instant now = clock.instant();
        OutboxEntry entry = em.find(OutboxEntry.class, due.id());
        if (entry == null || entry.version() != due.version() || !entry.isDue(now)) {
            return Optional.empty();
        }
        entry.leaseUntil(now.plus(LEASE));
        try {
            // the version check: of two servers claiming together, the second updates nothing
            em.flush();
        } catch (OptimisticLockException takenMeanwhile) {
            context.setRollbackOnly();
            return Optional.empty();
        }
        return Optional.of(new Due(due.id(), entry.version(), due.kind(), due.subjectKey(), due.mailSubject(),
                due.mailBody(), due.background()));
    }

    /** Closes the entry unless it was asked for again meanwhile (then it runs once more). */
    public void done(Due due) {
        OutboxEntry entry = em.find(OutboxEntry.class, due.id());
        if (entry != null && entry.version() == due.version()) {
            entry.done(clock.instant());
        }
    }

    public void failed(Due due, String error, boolean refused) {
        OutboxEntry entry = em.find(OutboxEntry.class, due.id());
        if (entry != null) {
            entry.failed(error, refused, clock.instant());
        }
    }
}
