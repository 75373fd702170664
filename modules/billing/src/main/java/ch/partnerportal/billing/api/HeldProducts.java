package ch.partnerportal.billing.api;

import java.util.List;
import java.util.Optional;

/**
 * For the modules that serve products: the products an organization holds. It decides no access: the
 * caller's facade has asked the decision point ({@code TenantAccess}) before.
 */
public interface HeldProducts {

    /** Empty when the product does not exist or belongs to another organization. */
    Optional<HeldProduct> find(String organizationId, String productId);

    /** By expiry, terminated ones left out, at most {@code limit}. */
    List<HeldProduct> held(String organizationId, int limit);
}
