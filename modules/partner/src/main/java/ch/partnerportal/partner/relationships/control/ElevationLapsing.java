package ch.partnerportal.partner.relationships.control;

import ch.partnerportal.partner.relationships.entity.Elevation;
import ch.partnerportal.partner.relationships.entity.ElevationStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records in the client's audit trail what time decided of the elevations: requests that lapsed
 * unanswered, elevations that ended at their hour. The decision does not wait for it: an elevation
 * past its hour adds nothing from that moment. Each in a transaction of its own, locked and read again.
 */
@Stateless
public class ElevationLapsing {

    private static final Logger LOG = Logger.getLogger(ElevationLapsing.class.getName());

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    ElevationStore store;

    @Inject
    ElevationTrail trail;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        ElevationLapsing self = context.getBusinessObject(ElevationLapsing.class);
        for (String id : store.unrecorded(clock.instant())) {
            try {
                self.lapseOne(id);
            } catch (EJBException failed) {
                LOG.log(Level.WARNING, "Elevation " + id + " not recorded; the next run takes it", failed);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void lapseOne(String elevationId) {
        Elevation elevation = em.find(Elevation.class, elevationId, LockModeType.PESSIMISTIC_WRITE);
        if (elevation != null) {
            ElevationStatus recorded = elevation.lapse(clock.instant());
            trail.lapsed(elevation, recorded);
        }
    }
}
