package ch.partnerportal.partner.applications.control;

import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.billing.api.YearlyValue;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.RelationshipStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @Inject
    HeldProducts products;

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    Clock clock;

    public YearlyValue of(String organizationId, Currency currency) {
        LocalDate today = LocalDate.now(clock.withZone(SWISS_TIME));
        Set<String> whole = new LinkedHashSet<>(List.of(organizationId));
        Set<String> granted = new LinkedHashSet<>();
        for (Relationship relationship : em.createNamedQuery("Relationship.activeOfPartner", Relationship.class)
                .setParameter("partner", organizationId).setParameter("active", RelationshipStatus.ACTIVE)
                .getResultList()) {
            Access access = relationship.activeOn(today) ? relationship.grantedAccess() : null;
            if (access != null && access.full()) {
                whole.add(relationship.clientOrganizationId());
            } else if (access != null) {
                access.items().forEach(item -> granted.add(item.productId()));
            }
        }
        return products.yearlyValue(whole, granted, currency);
    }
}
