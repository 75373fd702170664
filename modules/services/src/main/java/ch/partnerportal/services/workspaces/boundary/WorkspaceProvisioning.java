package ch.partnerportal.services.workspaces.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.ProductDelivered;
import ch.partnerportal.services.chat.entity.ChatSpace;
import ch.partnerportal.services.chat.entity.Channel;
import ch.partnerportal.services.dns.control.ProviderNameServers;
import ch.partnerportal.services.dns.entity.DnsName;
import ch.partnerportal.services.dns.entity.DnsZone;
import ch.partnerportal.services.workspaces.entity.Workspace;
import ch.partnerportal.tenancy.api.ProductAccess;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes what a paid product becomes: once the payment that delivered it has committed, its workspace
 * (for a domain, its DNS zone on the provider's name servers; for kChat, its workspace with the general
 * channel). It is no caller's request, so it asks
 * the decision point nothing; it provisions only what billing delivered. A product whose delivery was
 * missed (the server stopped between the payment and this) is provisioned when it is first opened.
 */
@Stateless
public class WorkspaceProvisioning {

    private static final Logger LOG = Logger.getLogger(WorkspaceProvisioning.class.getName());

    @PersistenceContext(unitName = "services")
    EntityManager em;

    @Inject
    ProviderNameServers nameServers;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delivered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductDelivered delivered) {
        try {
            ensure(delivered.product());
        } catch (PersistenceException e) {
            // opened at the same moment by its owner, who provisioned it: nothing is missing
            LOG.log(Level.FINE, "workspace of " + delivered.product().id() + " provisioned meanwhile", e);
        }
    }

    /** Provisions the product's workspace unless it exists; in its own transaction, so it stays made. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(HeldProduct product) {
        if (em.find(Workspace.class, product.id()) != null) {
            return;
        }
        em.persist(Workspace.provisioned(product, clock.instant()));
        // no mapping ties the zone to its workspace: written first, the workspace satisfies the zone's key
        em.flush();
        if (product.kind() == ProductAccess.DOMAINS) {
            // a product named otherwise than a domain gets no zone; opening it says why
            DnsName.origin(product.label()).ifPresent(origin -> em.persist(
                    DnsZone.provisioned(product.id(), product.organizationId(), origin, nameServers.hosts())));
        }
        if (product.kind() == ProductAccess.KCHAT) {
            chatSpace(product);
        }
        em.flush();
    }

    /** A kChat product provisioned before kChat workspaces were managed gets its space when first opened. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureChatSpace(HeldProduct product) {
        if (em.find(ChatSpace.class, product.id()) == null) {
            chatSpace(product);
            em.flush();
        }
    }

    private void chatSpace(HeldProduct product) {
        em.persist(ChatSpace.provisioned(product.id(), product.organizationId(), product.label(), clock.instant()));
        em.flush();
        em.persist(Channel.general(product.id(), product.organizationId(), clock.instant()));
    }
}
