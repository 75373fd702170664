package ch.partnerportal.partner.applications.control;

import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.billing.api.YearlyValue;
import ch.partnerportal.kernel.Currency;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;

/**
 * PAR-1: the yearly value of the products an organization holds and manages, in its own currency,
 * each product at the public price of one year of it. What it manages are its clients' products; the
 * client relationships add them here.
 */
@Dependent
public class ManagedValues {

    @Inject
    HeldProducts products;

    public YearlyValue of(String organizationId, Currency currency) {
        return products.yearlyValue(List.of(organizationId), currency);
    }
}
