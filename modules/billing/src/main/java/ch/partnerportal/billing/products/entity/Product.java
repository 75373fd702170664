package ch.partnerportal.billing.products.entity;

import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.kernel.Refusal;
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
     * A product bought for {@code months} months from today. REN-2: paid by a method that supports it
     * (a card), automatic renewal switches on by itself.
     */
    public static Product bought(String organizationId, ProductType type, String label, int months, LocalDate today,
                                 boolean renewsAutomatically, Instant now) {
        Product product = new Product();
        product.id = UUID.randomUUID().toString();
        product.organizationId = organizationId;
        product.type = type;
        product.label = label;
        product.state = State.ACTIVE;
        product.expiresOn = today.plusMonths(months);
        product.autoRenew = renewsAutomatically && type.supportsAutomaticRenewal();
        product.createdAt = now;
        return product;
    }

    /**
     * PAY-3 / PAY-8: renewed for {@code months} more months from its current expiry (a renewal paid in
     * advance adds to the period already paid). REN-2: paid by a method that supports it, automatic
     * renewal switches on.
     */
    public void renewed(int months, boolean renewsAutomatically) throws Refusal {
        requireRenewable();
        type.requirePeriod(months);
        expiresOn = expiresOn.plusMonths(months);
        if (renewsAutomatically && type.supportsAutomaticRenewal()) {
            autoRenew = true;
        }
    }

    /** A terminated product is gone; an active or blocked one can still be renewed (PAY-1: paying unblocks). */
    public void requireRenewable() throws Refusal {
        if (state == State.TERMINATED) {
            throw new Refusal(BillingError.PRODUCT_NOT_RENEWABLE, label);
        }
    }

    /** REN-7: the payments list shows, by default, what expires up to this day. */
    public static LocalDate paymentsHorizon(LocalDate today, int months) {
        return today.plusMonths(months);
    }

    /** REN-7: on the default payments list (expired ones included: they are the most urgent). */
    public boolean isDueBy(LocalDate horizon) {
        return state != State.TERMINATED && !expiresOn.isAfter(horizon);
    }

    /** What the modules serving it need to know of it. */
    public HeldProduct held() {
        return new HeldProduct(id, organizationId, type.kind(), type.slug(), label, HeldProduct.State.valueOf(state.name()),
                expiresOn);
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
