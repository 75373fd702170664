package ch.partnerportal.services.workspaces.entity;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.tenancy.api.ProductAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What a paid product became: the place its owner manages it. Its id is the product's; it exists once
 * per product, made when the product is delivered (or, if that was missed, when it is first opened).
 */
@Entity
@Table(name = "workspace")
public class Workspace {

    @Id
    @Column(name = "product_id", length = 36)
    private String productId;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ProductAccess kind;

    @Column(name = "product_type", nullable = false, length = 30, updatable = false)
    private String productType;

    @Column(name = "provisioned_at", nullable = false, updatable = false)
    private Instant provisionedAt;

    protected Workspace() {
    }

    public static Workspace provisioned(HeldProduct product, Instant now) {
        Workspace workspace = new Workspace();
        workspace.productId = product.id();
        workspace.organizationId = product.organizationId();
        workspace.kind = product.kind();
        workspace.productType = product.type();
        workspace.provisionedAt = now;
        return workspace;
    }

    public String productId() {
        return productId;
    }

    public String organizationId() {
        return organizationId;
    }

    public ProductAccess kind() {
        return kind;
    }

    public Instant provisionedAt() {
        return provisionedAt;
    }
}
