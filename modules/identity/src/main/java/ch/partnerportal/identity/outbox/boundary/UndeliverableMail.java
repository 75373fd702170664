package ch.partnerportal.identity.outbox.boundary;

import ch.partnerportal.identity.api.IdentityError;
import ch.partnerportal.identity.api.UndeliverableMailView;
import ch.partnerportal.identity.outbox.entity.OutboxEntry;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * E-mails the portal gave up delivering (set aside after their last attempt, see {@link OutboxEntry}):
 * platform administrators list them with the reason, send one again or discard it. Set-aside mails
 * belong to no organization's view: they can carry any organization's notices, so only the
 * provider's staff see them.
 */
@Stateless
@DeclareRoles("platform-admin")
public class UndeliverableMail {

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @RolesAllowed("platform-admin")
    public Page<UndeliverableMailView> list(int first, int size) {
        var entries = em.createNamedQuery("OutboxEntry.withStatus", OutboxEntry.class)
                .setParameter("status", OutboxEntry.Status.SET_ASIDE)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE))
                .getResultList();
        return new Page<>(entries.stream().map(UndeliverableMail::view).toList(), setAside());
    }

    /** Sends the mail again with all its attempts; the mail server may have been fixed, or the address. */
    @RolesAllowed("platform-admin")
    public void retry(String id) throws Refusal {
        setAsideEntry(id).retry(administrator(), clock.instant());
    }

    @RolesAllowed("platform-admin")
    public void discard(String id) throws Refusal {
        setAsideEntry(id).discard(administrator(), clock.instant());
    }

    /** For the health report: how many mails wait for a platform administrator. */
    @PermitAll
    public long setAside() {
        return em.createNamedQuery("OutboxEntry.countWithStatus", Long.class)
                .setParameter("status", OutboxEntry.Status.SET_ASIDE)
                .getSingleResult();
    }

    /** For the health report and the metrics: how many entries wait to be carried out, and the oldest's age. */
    @PermitAll
    public Backlog backlog() {
        long pending = em.createNamedQuery("OutboxEntry.countWithStatus", Long.class)
                .setParameter("status", OutboxEntry.Status.PENDING)
                .getSingleResult();
        Instant oldest = em.createNamedQuery("OutboxEntry.oldestDue", Instant.class)
                .setParameter("status", OutboxEntry.Status.PENDING)
                .getSingleResult();
        Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
        return new Backlog(pending, lag.isNegative() ? Duration.ZERO : lag);
    }

    /** Entries not carried out yet, and how long the oldest one (changes people made, not reconciliation) waits. */
    public record Backlog(long pending, Duration oldestWaiting) {
    }

    private OutboxEntry setAsideEntry(String id) throws Refusal {
        OutboxEntry entry = id == null ? null : em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || !entry.isSetAside()) {
            throw new Refusal(IdentityError.MAIL_NOT_SET_ASIDE);
        }
        return entry;
    }

    private String administrator() {
        return context.getCallerPrincipal().getName();
    }

    private static UndeliverableMailView view(OutboxEntry entry) {
        return new UndeliverableMailView(entry.id(), entry.subjectKey(), entry.mailSubject(), entry.topic(),
                entry.attempts(), entry.lastError(), entry.createdAt(), entry.setAsideAt());
    }
}
