package ch.partnerportal.partner.applications.control;

import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.billing.api.YearlyValue;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.partner.relationships.control.ActiveRelationships;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Relationship;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PAR-1: the yearly value of the products an organization holds and manages, in its own currency,
 * each product at the public price of one year of it. What it manages are the products of its active
 * relationships: a client's whole account with full access, the products granted with limited access.
 */
@Dependent
public class ManagedValues {

    @Inject
    HeldProducts products;

    @Inject
    ActiveRelationships relationships;

    public YearlyValue of(String organizationId, Currency currency) {
        Set<String> whole = new LinkedHashSet<>(List.of(organizationId));
        Set<String> granted = new LinkedHashSet<>();
        for (Relationship relationship : relationships.ofPartner(organizationId)) {
            Access access = relationship.grantedAccess();
            if (access.full()) {
                whole.add(relationship.clientOrganizationId());
            } else {
                access.items().forEach(item -> granted.add(item.productId()));
            }
        }
        return products.yearlyValue(whole, granted, currency);
    }
}
