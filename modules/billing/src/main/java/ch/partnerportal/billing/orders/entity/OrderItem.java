package ch.partnerportal.billing.orders.entity;

import ch.partnerportal.billing.catalog.entity.ProductType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Optional;

/**
 * One product in an order, new or renewed: its type, what it is called (a domain name, a site) and the
 * period (PAY-8).
 */
@Embeddable
public class OrderItem {

    @Column(name = "item_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_type", nullable = false, length = 30)
    private ProductType type;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(nullable = false)
    private int months;

    /** The product this item renews (PAY-3); null when the item buys a new one. */
    @Column(name = "product_id", length = 36)
    private String productId;

    protected OrderItem() {
    }

    OrderItem(int number, ProductType type, String label, int months, String productId) {
        this.number = number;
        this.type = type;
        this.label = label;
        this.months = months;
        this.productId = productId;
    }

    public Optional<String> renews() {
        return Optional.ofNullable(productId);
    }

    public int number() {
        return number;
    }

    public ProductType type() {
        return type;
    }

    public String label() {
        return label;
    }

    public int months() {
        return months;
    }
}
