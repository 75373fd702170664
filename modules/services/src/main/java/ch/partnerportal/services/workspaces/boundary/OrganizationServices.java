package ch.partnerportal.services.workspaces.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServiceView;
import ch.partnerportal.tenancy.api.CallerRights;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

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
        CallerRights caller = tenants.rights(organizationId);
        return products.held(organizationId, MOST).stream().flatMap(product -> shown(caller, product).stream())
                .toList();
    }

    /** One product as the products page shows it; empty when the caller may not see it or it is another's. */
    public Optional<ServiceView> find(String organizationId, String productId) throws Refusal {
        CallerRights caller = tenants.rights(organizationId);
        return products.find(organizationId, productId)
                .filter(product -> product.state() != HeldProduct.State.TERMINATED)
                .flatMap(product -> shown(caller, product));
    }

    /** Billing sees every product; others the kinds they hold, and may manage what they may change. */
    private static Optional<ServiceView> shown(CallerRights caller, HeldProduct product) {
        if (!caller.may(ProductAccess.BILLING, null, ProductAction.SEE)
                && !caller.may(product.kind(), product.id(), ProductAction.SEE)) {
            return Optional.empty();
        }
        return Optional.of(view(product, caller.may(product.kind(), product.id(), ProductAction.CHANGE)));
    }

    private static ServiceView view(HeldProduct product, boolean manageable) {
        return new ServiceView(product.id(), product.kind().slug(), product.type(), product.label(),
                product.state().name().toLowerCase(java.util.Locale.ROOT), product.expiresOn(), manageable,
                manageable ? null : product.kind().slug());
    }
}
