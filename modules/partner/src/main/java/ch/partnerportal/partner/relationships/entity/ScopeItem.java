package ch.partnerportal.partner.relationships.entity;

import ch.partnerportal.tenancy.api.ProductAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * One entry of a limited access (PAR-4): a product of a category with the technical and/or the
 * statistics right. A partner asking for access does not see the client's products, so its request
 * names a category without a product; what the client grants always names the product.
 */
@Embeddable
public class ScopeItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private ProductAccess category;

    @Column(name = "product_id", length = 36)
    private String productId;

    @Column(nullable = false)
    private boolean technical;

    @Column(nullable = false)
    private boolean statistics;

    protected ScopeItem() {
    }

    public ScopeItem(ProductAccess category, String productId, boolean technical, boolean statistics) {
        this.category = Objects.requireNonNull(category);
        this.productId = productId;
        this.technical = technical;
        this.statistics = statistics;
    }

    public ProductAccess category() {
        return category;
    }

    /** Null for a category asked for as a whole. */
    public String productId() {
        return productId;
    }

    public boolean technical() {
        return technical;
    }

    public boolean statistics() {
        return statistics;
    }

    /** The name shown in refusals: the product, or the category when no product is named. */
    String name() {
        return productId != null ? productId : category.slug();
    }
}
