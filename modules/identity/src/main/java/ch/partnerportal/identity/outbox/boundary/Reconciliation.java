package ch.partnerportal.identity.outbox.boundary;

import ch.partnerportal.tenancy.api.OrganizationDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Queues a projection of every organization, so that drift in Keycloak is repaired. */
@Stateless
public class Reconciliation {

    @Inject
    OrganizationDirectory directory;

    @Inject
    Outbox outbox;

    public int queueAll() {
        var ids = directory.allOrganizationIds();
        ids.forEach(outbox::requestReconciliation);
        return ids.size();
    }
}
