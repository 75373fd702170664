package ch.partnerportal.billing.products.entity;

import ch.partnerportal.billing.catalog.entity.ProductType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A product an organization holds, until its expiry date (PAY-1, PAY-8, REN-1). */
@Entity
@Table(name = "product")
public class Product {

    public enum State { ACTIVE, BLOCKED, TERMINATED }

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_type", nullable = false, length = 30, updatable = false)
    private ProductType type;

    @Column(nullable = false, length = 100)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Product() {
    }

    /**
     * A product bought for {@code years} years from today. REN-2: paid by a method that supports it
     * (a card), automatic renewal switches on by itself.
     */
    public static Product bought(String organizationId, ProductType type, String label, int years, LocalDate today,
                                 boolean renewsAutomatically, Instant now) {
        Product product = new Product();
        product.id = UUID.randomUUID().toString();
        product.organizationId = organizationId;
        product.type = type;
        product.label = label;
        product.state = State.ACTIVE;
        product.expiresOn = today.plusYears(years);
        product.autoRenew = renewsAutomatically && type.supportsAutomaticRenewal();
        product.createdAt = now;
        return product;
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public ProductType type() {
        return type;
    }

    public String label() {
        return label;
    }

    public State state() {
        return state;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public boolean autoRenew() {
        return autoRenew;
    }
}
