package ch.partnerportal.billing.products.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.products.entity.Product;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The products an organization holds, read for the modules that serve them. */
@Stateless
@Local(HeldProducts.class)
public class ProductHoldings implements HeldProducts {

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
}
