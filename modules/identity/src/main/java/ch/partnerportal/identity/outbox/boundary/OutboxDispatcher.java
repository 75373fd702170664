package ch.partnerportal.identity.outbox.boundary;

import ch.partnerportal.identity.keycloak.boundary.KeycloakChanges;
import ch.partnerportal.identity.keycloak.control.KeycloakProjection;
import ch.partnerportal.identity.outbox.control.MailDelivery;
import ch.partnerportal.identity.outbox.control.OutboxWork;
import ch.partnerportal.identity.outbox.entity.OutboxEntry;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes in what Keycloak administrators changed in Keycloak's console, then carries out due outbox
 * entries, every two seconds, outside any transaction, one entry at a time,
 * each claimed first so that several servers on one database share the work without doing an entry
 * twice;
 * changes people made before reconciliation work; and queues every organization for a background
 * projection every six hours (and once after start-up) to repair drift.
 */
@Singleton
@Startup
@DependsOn("IdentitySchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 50;
    /** How long a round goes on with reconciliation work before Keycloak's admin events are read again. */
    private static final long BACKGROUND_ROUND_NANOS = 1_500_000_000L;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean reconciledSinceStart = new AtomicBoolean();

    @Inject
    OutboxWork work;

    @Inject
    MailDelivery mail;

    @Inject
    KeycloakProjection projection;

    @Inject
    Reconciliation reconciliation;

    @Inject
    KeycloakChanges keycloakChanges;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "outbox")
    public void dispatch() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (reconciledSinceStart.compareAndSet(false, true)) {
                // Changes made while this server was down or Keycloak's data was reset get repaired.
                reconciliation.queueAll();
            }
            takeInKeycloakChanges();
            long until = System.nanoTime() + BACKGROUND_ROUND_NANOS;
            boolean more = true;
            while (more && System.nanoTime() < until) {
                more = false;
                for (OutboxWork.Due due : work.due(BATCH)) {
                    work.claim(due).ifPresent(this::carryOut);
                    if (due.background()) {
                        // after each reconciliation, read again: a change made meanwhile goes first
                        more = true;
                        break;
                    }
                }
            }
        } finally {
            running.set(false);
        }
    }

    /** Before the projections: what Keycloak administrators changed is read before anything is written over it. */
    private void takeInKeycloakChanges() {
        try {
            keycloakChanges.takeIn();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Reading Keycloak's admin events failed, will retry: " + failure);
        }
    }

    @Schedule(minute = "17", hour = "*/6", persistent = false, info = "reconciliation")
    public void reconcile() {
        reconciliation.queueAll();
    }

    private void carryOut(OutboxWork.Due due) {
        try {
            switch (due.kind()) {
                case MAIL -> mail.send(due.subjectKey(), due.mailSubject(), due.mailBody());
                case KEYCLOAK_ORGANIZATION -> projection.project(due.subjectKey());
            }
            work.done(due);
        } catch (MailDelivery.Refused refused) {
            LOG.log(Level.WARNING, "Outbox mail " + due.id() + " refused: " + refused.getMessage());
            work.failed(due, refused.getMessage(), true);
        } catch (Exception failure) {
            LOG.log(Level.WARNING, "Outbox entry " + due.id() + " (" + due.kind() + ") failed, will retry: "
                    + failure);
            work.failed(due, due.kind() == OutboxEntry.Kind.MAIL ? MailDelivery.reason(failure) : failure.toString(),
                    false);
        } catch (LinkageError failure) {
            LOG.log(Level.WARNING, "Outbox entry " + due.id() + " (" + due.kind() + ") failed, will retry: "
                    + failure);
            work.failed(due, failure.toString(), false);
        }
    }
}
