package ch.partnerportal.billing.catalog.boundary;

import ch.partnerportal.billing.api.ProductOffer;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.orders.control.Pricing;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * What an organization can order, so that an order form offers only the periods a type allows
 * (PAY-8) with today's public prices in the organization's currency (PAY-9); web hosting is priced at
 * the tier of one more hosting than the organization holds, as ordering one would price it.
 */
@Stateless
public class Catalog {

    @Inject
    TenantAccess tenants;

    @Inject
    Pricing pricing;

    public List<ProductOffer> offers(String organizationId) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        Currency currency = Currency.forBillingCountry(organization.country());
        int hostings = (int) pricing.hostingsHeld(organizationId) + 1;
        List<ProductOffer> offers = new ArrayList<>();
        for (ProductType type : ProductType.values()) {
            offers.add(new ProductOffer(type.slug(), currency.code(), pricing.periods(type, currency, hostings)));
        }
        return offers;
    }
}
