package ch.partnerportal.partner.relationships.control;

import ch.partnerportal.partner.relationships.entity.Assignment;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The assignments of a relationship (PAR-6), read in one place for the facade that manages them, the
 * decision point's answer, the Keycloak groups and the ending preview.
 */
@Dependent
public class AssignmentStore {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    /** One user's assignment to the relationship's client, if it has one. */
    public Optional<Assignment> of(String relationshipId, String accountId) {
        return em.createNamedQuery("Assignment.ofMember", Assignment.class)
                .setParameter("relationship", relationshipId).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** Every assignment to the relationship's client, the oldest first. */
    public List<Assignment> ofRelationship(String relationshipId) {
        return em.createNamedQuery("Assignment.ofRelationship", Assignment.class)
                .setParameter("relationship", relationshipId).getResultList();
    }

    /** The relationships one of the partner's users is assigned to, in one query. */
    public Set<String> relationshipsOf(String partnerOrganizationId, String accountId) {
        return Set.copyOf(em.createQuery("select a.relationshipId from Assignment a "
                        + "where a.partnerOrganizationId = :partner and a.accountId = :account", String.class)
                .setParameter("partner", partnerOrganizationId).setParameter("account", accountId).getResultList());
    }

    public long count(String relationshipId) {
        return em.createQuery("select count(a) from Assignment a where a.relationshipId = :relationship",
                Long.class).setParameter("relationship", relationshipId).getSingleResult();
    }
}
