package ch.partnerportal.partner.relationships.control;

import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.RelationshipStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The clients a partner manages now, and the partners of a client: its accepted relationships whose grant has not reached its end date. */
@Dependent
public class ActiveRelationships {

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    Clock clock;

    public List<Relationship> ofPartner(String partnerOrganizationId) {
        return active(em.createNamedQuery("Relationship.activeOfPartner", Relationship.class)
                .setParameter("partner", partnerOrganizationId));
    }

    /** The partners that manage a client now. */
    public List<Relationship> ofClient(String clientOrganizationId) {
        return active(em.createNamedQuery("Relationship.activeOfClient", Relationship.class)
                .setParameter("client", clientOrganizationId));
    }

    private List<Relationship> active(TypedQuery<Relationship> query) {
        LocalDate today = LocalDate.now(clock.withZone(SWISS_TIME));
        return query.setParameter("active", RelationshipStatus.ACTIVE).getResultStream()
                .filter(relationship -> relationship.activeOn(today)).toList();
    }
}
