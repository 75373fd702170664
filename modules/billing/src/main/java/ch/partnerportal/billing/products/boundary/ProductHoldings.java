package ch.partnerportal.billing.products.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.products.entity.Product;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ch.partnerportal.billing.api.YearlyValue;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The products an organization holds, read for the modules that serve them. */
@Stateless
@Local(HeldProducts.class)
public class ProductHoldings implements HeldProducts {

    private static final int IN_LIST = 1000;

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public Optional<HeldProduct> find(String organizationId, String productId) {
        Product product = productId == null ? null : em.find(Product.class, productId);
        return product == null || !product.organizationId().equals(organizationId)
                ? Optional.empty() : Optional.of(product.held());
    }

    @Override
    public Optional<HeldProduct> domainNamed(String domain) {
        return em.createQuery("select p from Product p where lower(p.label) = :name and p.type in :domains "
                        + "and p.state <> :terminated order by p.createdAt", Product.class)
                .setParameter("name", domain.toLowerCase(java.util.Locale.ROOT))
                .setParameter("domains", ProductType.domains())
                .setParameter("terminated", Product.State.TERMINATED)
                .setMaxResults(1).getResultStream().findFirst().map(Product::held);
    }

    @Override
    public List<HeldProduct> held(String organizationId, int limit) {
        return em.createQuery("select p from Product p where p.organizationId = :organization "
                        + "and p.state <> :terminated order by p.expiresOn, p.label, p.id", Product.class)
                .setParameter("organization", organizationId)
                .setParameter("terminated", Product.State.TERMINATED)
                .setMaxResults(limit).getResultStream().map(Product::held).toList();
    }

    /** Counted by type in the database: a partner's clients may hold hundreds of thousands of products. */
    @Override
    public YearlyValue yearlyValue(Collection<String> organizationIds, Collection<String> productIds, Currency currency) {
        List<Object[]> counts = new ArrayList<>();
        counts.addAll(countsByType("p.organizationId", organizationIds));
        counts.addAll(countsByType("p.id", productIds));
        List<YearlyValue.Line> lines = new ArrayList<>();
        Money total = Money.zero(currency);
        for (ProductType type : ProductType.values()) {
            long count = counts.stream().filter(row -> row[0] == type).mapToLong(row -> ((Number) row[1]).longValue())
                    .sum();
            if (count > 0) {
                Money price = type.yearlyPrice(currency);
                Money subtotal = price.times(count);
                lines.add(new YearlyValue.Line(type.slug(), count, price, subtotal));
                total = total.plus(subtotal);
            }
        }
        return new YearlyValue(currency, lines, total);
    }

    /** How many products of each type whose {@code field} is one of the ids, terminated ones left out. */
    private List<Object[]> countsByType(String field, Collection<String> values) {
        List<Object[]> counts = new ArrayList<>();
        // chunks keep the IN list within what both databases take
        List<String> ids = List.copyOf(values);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            counts.addAll(em.createQuery("select p.type, count(p) from Product p where " + field + " in :ids "
                            + "and p.state <> :terminated group by p.type", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .setParameter("terminated", Product.State.TERMINATED).getResultList());
        }
        return counts;
    }
}
