package ch.partnerportal.services.workspaces.control;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.KindName;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.workspaces.boundary.WorkspaceProvisioning;
import ch.partnerportal.services.workspaces.entity.Workspace;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Opens one product's workspace for an action the decision point has allowed: the product must be the
 * organization's and of the kind asked for; a terminated product is gone, and a blocked one (dunning)
 * may be looked at but not changed.
 */
@Dependent
public class ProductWorkspaces {

    @Inject
    HeldProducts products;

    @Inject
    WorkspaceProvisioning provisioning;

    @Inject
    TenantAccess tenants;

    @PersistenceContext(unitName = "services")
    EntityManager em;

    /**
     * A product of whatever kind, for actions every kind has (statistics): the caller must be a member
     * or act for the organization as a partner's user before anything of it is read, then hold the
     * action on the product.
     */
    public HeldProduct open(String organizationId, String productId, ProductAction action) throws Refusal {
        tenants.rights(organizationId);
        HeldProduct product = products.find(organizationId, productId)
                .orElseThrow(() -> new Refusal(ServicesError.PRODUCT_NOT_FOUND));
        tenants.require(organizationId, productId, product.kind(), action);
        return opened(product, action);
    }

    /**
     * A product of the kind a facade serves, after the decision point allowed the action on it (before
     * anything of the product is read).
     */
    public HeldProduct open(String organizationId, String productId, ProductAccess kind, ProductAction action)
            throws Refusal {
        tenants.require(organizationId, productId, kind, action);
        HeldProduct product = products.find(organizationId, productId)
                .orElseThrow(() -> new Refusal(ServicesError.PRODUCT_NOT_FOUND));
        if (product.kind() != kind) {
            throw new Refusal(ServicesError.NOT_THIS_KIND, new KindName(kind));
        }
        return opened(product, action);
    }

    private HeldProduct opened(HeldProduct product, ProductAction action) throws Refusal {
        String productId = product.id();
        if (product.state() == HeldProduct.State.TERMINATED) {
            throw new Refusal(ServicesError.PRODUCT_TERMINATED);
        }
        if (product.state() == HeldProduct.State.BLOCKED && action == ProductAction.CHANGE) {
            throw new Refusal(ServicesError.PRODUCT_BLOCKED);
        }
        if (em.find(Workspace.class, productId) == null) {
            provisioning.ensure(product);
        }
        return product;
    }
}
