package ch.partnerportal.partner.applications.boundary;

import ch.partnerportal.identity.api.RealmRoleHolders;
import ch.partnerportal.partner.applications.entity.ApplicationStatus;
import ch.partnerportal.partner.applications.entity.PartnerApplication;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Tells the Keycloak projection which organizations are partners: their members carry {@code partner}. */
@Stateless
@Local(RealmRoleHolders.class)
public class PartnerRoster implements RealmRoleHolders {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Override
    public String realmRole() {
        return "partner";
    }

    @Override
    public String rootGroup() {
        return "partners";
    }

    @Override
    public boolean holds(String organizationId) {
        return em.createNamedQuery("PartnerApplication.open", PartnerApplication.class)
                .setParameter("organization", organizationId).getResultStream()
                .anyMatch(application -> application.status() == ApplicationStatus.APPROVED);
    }
}
