package ch.partnerportal.identity.keycloak.boundary;

import ch.partnerportal.identity.keycloak.entity.AdminEventMark;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.AdministeredChange;
import ch.partnerportal.tenancy.api.IdentityAdministration;
import ch.partnerportal.tenancy.api.IdentityAdministrator;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Optional;

/**
 * Takes one admin event in, each in its own transaction with the mark locked: the change and the
 * mark's advance commit together or not at all, so an event is taken in exactly once, also when
 * several servers read the same events.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AdminEventIntake {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    IdentityAdministration administration;

    @Inject
    Clock clock;

    /** The mark, created at the given newest event when there is none yet. */
    public long start(long newestTime, String newestId) {
        AdminEventMark mark = em.find(AdminEventMark.class, AdminEventMark.ADMIN_EVENTS);
        if (mark == null) {
            mark = new AdminEventMark(newestTime, newestId, clock.instant());
            em.persist(mark);
        }
        return mark.from();
    }

    public Optional<Long> from() {
        return Optional.ofNullable(em.find(AdminEventMark.class, AdminEventMark.ADMIN_EVENTS)).map(AdminEventMark::from);
    }

    /** A change in an organization; a refusal rolls back the change and leaves the mark where it was. */
    public void apply(long time, String eventId, AdministeredChange change, IdentityAdministrator by) throws Refusal {
        AdminEventMark mark = lock();
        if (mark.covers(time, eventId)) {
            return;
        }
        administration.apply(change, by);
        mark.advance(time, eventId, clock.instant());
    }

    /** A refused change: told, audited and undone (through the projection it asks for). */
    public void refused(long time, String eventId, AdministeredChange change, IdentityAdministrator by,
                        Refusal refusal) {
        AdminEventMark mark = lock();
        if (mark.covers(time, eventId)) {
            return;
        }
        administration.refused(change, by, refusal);
        mark.advance(time, eventId, clock.instant());
    }

    /** An event that means nothing to the portal (its own, or about other groups). */
    public void skip(long time, String eventId) {
        lock().advance(time, eventId, clock.instant());
    }

    private AdminEventMark lock() {
        return em.find(AdminEventMark.class, AdminEventMark.ADMIN_EVENTS, LockModeType.PESSIMISTIC_WRITE);
    }
}
