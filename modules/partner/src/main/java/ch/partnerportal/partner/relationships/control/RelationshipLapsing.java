package ch.partnerportal.partner.relationships.control;

import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.RelationshipStatus;
import ch.partnerportal.partner.relationships.entity.Side;
import ch.partnerportal.tenancy.api.OrganizationChanged;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily run of relationships (PAR-5, PAR-4): requests nobody answered in 30 days expire and their
 * sender is told; grants reach their end date and end, both sides told; both sides are reminded 14 and
 * 3 days before a grant ends. Each relationship in a transaction of its own, locked and read again: one
 * answered at that moment is left as its answer made it.
 */
@Stateless
public class RelationshipLapsing {

    private static final Logger LOG = Logger.getLogger(RelationshipLapsing.class.getName());
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");
    /** The first reminder: grants ending within it are looked at. */
    private static final int REMINDER_DAYS = 14;

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    RelationshipMail mail;

    @Inject
    Clock clock;

    @Inject
    Event<OrganizationChanged> organizationChanges;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(SWISS_TIME));
        Set<String> due = new LinkedHashSet<>(em.createNamedQuery("Relationship.expiredRequests", String.class)
                .setParameter("pending", RelationshipStatus.PENDING).setParameter("now", now).getResultList());
        due.addAll(em.createNamedQuery("Relationship.endingGrants", String.class)
                .setParameter("active", RelationshipStatus.ACTIVE).setParameter("day", today.plusDays(REMINDER_DAYS))
                .getResultList());
        RelationshipLapsing self = context.getBusinessObject(RelationshipLapsing.class);
        for (String id : List.copyOf(due)) {
            try {
                self.lapseOne(id);
            } catch (EJBException failed) {
                // still due: the next run takes it
                LOG.log(Level.WARNING, "Relationship " + id + " not looked at", failed);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void lapseOne(String relationshipId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(SWISS_TIME));
        Relationship relationship = em.find(Relationship.class, relationshipId, LockModeType.PESSIMISTIC_WRITE);
        if (relationship == null) {
            return;
        }
        if (relationship.expireIfDue(now)) {
            mail.tell(relationship, relationship.initiator(), "relationship-expired", null, relationship.expiresAt());
        } else if (relationship.endIfGrantOver(now, today)) {
            organizationChanges.fire(new OrganizationChanged(relationship.partnerOrganizationId()));
            for (Side side : Side.values()) {
                mail.tell(relationship, side, "relationship-grant-ended", null, relationship.grantEndsOn());
            }
        } else {
            Integer daysBefore = relationship.reminderDue(today);
            if (daysBefore != null) {
                relationship.reminded(daysBefore);
                for (Side side : Side.values()) {
                    mail.tell(relationship, side, "relationship-grant-ending", null, relationship.grantEndsOn());
                }
            }
        }
    }
}
