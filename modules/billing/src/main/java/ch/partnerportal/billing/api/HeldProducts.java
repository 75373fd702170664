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

    /**
     * The domain product of that name that someone holds (any organization, terminated ones left out):
     * who holds a domain decides where its mailboxes and sites may be made.
     */
    Optional<HeldProduct> domainNamed(String domain);

    /** By expiry, terminated ones left out, at most {@code limit}. */
    List<HeldProduct> held(String organizationId, int limit);
}
