package ch.partnerportal.partner.relationships.control;

import ch.partnerportal.partner.relationships.entity.Elevation;
import ch.partnerportal.partner.relationships.entity.ElevationStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The just-in-time elevations, read in one place for the facade, the decision point's answer and the run. */
@Dependent
public class ElevationStore {

    /** More than a client sees in a page; the oldest beyond it stay in the audit trail. */
    private static final int LISTED = 200;

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    /** The approved elevation that holds now for one user of the relationship's partner, if any. */
    public Optional<Elevation> holding(String relationshipId, String accountId, Instant now) {
        return em.createNamedQuery("Elevation.approvedOf", Elevation.class)
                .setParameter("relationship", relationshipId).setParameter("account", accountId)
                .setParameter("approved", ElevationStatus.APPROVED).setParameter("now", now)
                .getResultStream().findFirst();
    }

    /** The open one of a user and relationship, locked: two requests at once are taken in turn. */
    public Optional<Elevation> open(String relationshipId, String accountId) {
        return em.createNamedQuery("Elevation.open", Elevation.class)
                .setParameter("key", Elevation.openKey(relationshipId, accountId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public List<Elevation> ofClient(String clientOrganizationId) {
        return em.createNamedQuery("Elevation.ofClient", Elevation.class)
                .setParameter("client", clientOrganizationId).setMaxResults(LISTED).getResultList();
    }

    public List<Elevation> ofRequester(String clientOrganizationId, String accountId) {
        return em.createNamedQuery("Elevation.ofRequester", Elevation.class)
                .setParameter("client", clientOrganizationId).setParameter("account", accountId)
                .setMaxResults(LISTED).getResultList();
    }

    /** Requests nobody answered and elevations past their hour whose end the trail does not hold yet. */
    public List<String> unrecorded(Instant now) {
        return em.createNamedQuery("Elevation.unrecorded", String.class)
                .setParameter("pending", ElevationStatus.PENDING).setParameter("approved", ElevationStatus.APPROVED)
                .setParameter("now", now).getResultList();
    }

    /** Locked for a change, or empty when it is not the client's. */
    public Optional<Elevation> ofClient(String clientOrganizationId, String elevationId) {
        Elevation elevation = elevationId == null || elevationId.length() > 36 ? null
                : em.find(Elevation.class, elevationId, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(elevation).filter(e -> e.clientOrganizationId().equals(clientOrganizationId));
    }
}
