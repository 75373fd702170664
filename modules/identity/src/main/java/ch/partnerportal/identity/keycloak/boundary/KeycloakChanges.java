package ch.partnerportal.identity.keycloak.boundary;

import ch.partnerportal.identity.keycloak.control.AdminEvents;
import ch.partnerportal.identity.keycloak.control.KeycloakFailure;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.AdministeredChange;
import ch.partnerportal.tenancy.api.IdentityAdministrator;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.keycloak.representations.idm.AdminEventRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Reads what Keycloak administrators changed in Keycloak's console since the last reading and takes
 * it into the portal, oldest first. Runs before the outbox's projections in every round, so that a
 * projection does not write over a change that has not been read yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeycloakChanges {

    private static final int PAGE = 100;
    private static final Logger LOG = Logger.getLogger(KeycloakChanges.class.getName());
    private static final AtomicBoolean FAILING = new AtomicBoolean();

    @Inject
    AdminEvents events;

    @Inject
    AdminEventIntake intake;

    /**
     * Takes in every new event; answers how many it read. A Keycloak failure stops the round, to
     * resume next time; it is logged once, not every round, while Keycloak stays unreachable.
     */
    public int takeIn() {
        try {
            int read = readNew();
            if (FAILING.compareAndSet(true, false)) {
                LOG.info("Reading Keycloak's admin events again");
            }
            return read;
        } catch (KeycloakFailure failure) {
            if (FAILING.compareAndSet(false, true)) {
                LOG.warning("Reading Keycloak's admin events failed, will retry every round: " + failure.getMessage());
            }
            return 0;
        }
    }

    private int readNew() {
        Optional<Long> mark = intake.from();
        if (mark.isEmpty()) {
            // the first reading starts now: what was done before the portal read Keycloak is not replayed
            Optional<AdminEventRepresentation> newest = events.newest();
            intake.start(newest.map(AdminEventRepresentation::getTime).orElse(0L),
                    newest.map(AdminEventRepresentation::getId).orElse(null));
            return 0;
        }
        int read = 0;
        long from = mark.get();
        // a Keycloak administrator is read once per round, however many changes they made
        Map<String, IdentityAdministrator> administrators = new HashMap<>();
        int skipped = 0;
        while (true) {
            List<AdminEventRepresentation> page = events.after(from, skipped, PAGE);
            for (AdminEventRepresentation event : page) {
                takeIn(event, administrators);
                read++;
            }
            if (page.size() < PAGE) {
                return read;
            }
            long last = page.get(page.size() - 1).getTime();
            // the next page starts at the newest time read; the events at that time already read are skipped
            skipped = last == from ? skipped + page.size()
                    : (int) page.stream().filter(e -> e.getTime() == last).count();
            from = last;
        }
    }

    /**
     * Each step checks under the mark's lock that the event is not taken yet (by this server in an
     * earlier round, or by another one), so an event read twice changes nothing twice.
     */
    private void takeIn(AdminEventRepresentation event, Map<String, IdentityAdministrator> administrators) {
        Optional<AdministeredChange> change = events.ours(event) ? Optional.empty() : events.change(event);
        if (change.isEmpty()) {
            intake.skip(event.getTime(), event.getId());
            return;
        }
        IdentityAdministrator by = event.getAuthDetails() == null ? events.administrator(event)
                : administrators.computeIfAbsent(event.getAuthDetails().getRealmId() + "/"
                        + event.getAuthDetails().getUserId(), who -> events.administrator(event));
        try {
            intake.apply(event.getTime(), event.getId(), change.get(), by);
        } catch (Refusal refusal) {
            if (change.get().kind() == AdministeredChange.Kind.GROUP_JOINED) {
                // at once, and also from groups the projection does not manage (an unknown role)
                events.leave(event);
            }
            intake.refused(event.getTime(), event.getId(), change.get(), by, refusal);
        }
    }
}
