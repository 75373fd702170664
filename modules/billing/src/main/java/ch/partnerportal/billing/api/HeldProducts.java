package ch.partnerportal.billing.api;

import ch.partnerportal.kernel.Currency;

import java.util.Collection;
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

    /**
     * The products the organizations hold and, besides them, the products named (terminated ones left
     * out), each at the public price of one year of it in {@code currency}: a product paid by the month
     * counts at its yearly price.
     */
    YearlyValue yearlyValue(Collection<String> organizationIds, Collection<String> productIds, Currency currency);
}
