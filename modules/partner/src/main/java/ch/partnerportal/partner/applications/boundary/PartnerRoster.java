package ch.partnerportal.partner.applications.boundary;

import ch.partnerportal.identity.api.RealmRoleHolders;
import ch.partnerportal.partner.applications.control.ApplicationStore;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Tells the Keycloak projection which organizations are partners: their members carry {@code partner}. */
@Stateless
@Local(RealmRoleHolders.class)
public class PartnerRoster implements RealmRoleHolders {

    @Inject
    ApplicationStore applications;

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
        return applications.partner(organizationId);
    }
}
