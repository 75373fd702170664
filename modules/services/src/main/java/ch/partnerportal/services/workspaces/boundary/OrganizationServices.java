package ch.partnerportal.services.workspaces.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServiceView;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The organization's products page: each product with its kind, state and expiry, and whether the
 * caller may manage it. A member sees the products of the kinds they hold a permission for; one with
 * the billing permission sees them all (they pay for them), marked with the permission that managing
 * one needs.
 */
@Stateless
public class OrganizationServices {

    public static final int MOST = 1000;

    @Inject
    TenantAccess tenants;

    @Inject
    HeldProducts products;

    public List<ServiceView> list(String organizationId) throws Refusal {
        MemberRights caller = tenants.caller(organizationId);
        boolean billing = caller.may(ProductAccess.BILLING, ProductAction.SEE);
        return products.held(organizationId, MOST).stream()
                .filter(product -> billing || caller.may(product.kind(), ProductAction.SEE))
                .map(product -> view(product, caller.may(product.kind(), ProductAction.CHANGE)))
                .toList();
    }

    /** One product as the products page shows it; empty when the caller may not see it or it is another's. */
    public java.util.Optional<ServiceView> find(String organizationId, String productId) throws Refusal {
        MemberRights caller = tenants.caller(organizationId);
        boolean billing = caller.may(ProductAccess.BILLING, ProductAction.SEE);
        return products.find(organizationId, productId)
                .filter(product -> product.state() != HeldProduct.State.TERMINATED)
                .filter(product -> billing || caller.may(product.kind(), ProductAction.SEE))
                .map(product -> view(product, caller.may(product.kind(), ProductAction.CHANGE)));
    }

    private static ServiceView view(HeldProduct product, boolean manageable) {
        return new ServiceView(product.id(), product.kind().slug(), product.type(), product.label(),
                product.state().name().toLowerCase(java.util.Locale.ROOT), product.expiresOn(), manageable,
                manageable ? null : product.kind().slug());
    }
}
