package ch.partnerportal.partner.relationships.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * PAR-6: one of the partner's own users acting for one client, on every product the client grants or
 * on some of them. It never reaches beyond the grant: {@link #within} intersects it with the access the
 * client grants at the moment of the decision, so a narrowed grant narrows every assignment at once.
 */
@Entity
@Table(name = "partner_assignment")
@NamedQuery(name = "Assignment.ofMember", query = "select a from Assignment a "
        + "where a.relationshipId = :relationship and a.accountId = :account")
@NamedQuery(name = "Assignment.ofRelationship", query = "select a from Assignment a "
        + "where a.relationshipId = :relationship order by a.assignedAt, a.id")
public class Assignment {

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "relationship_id", nullable = false, length = 36)
    private String relationshipId;

    @Column(name = "partner_organization_id", nullable = false, length = 36)
    private String partnerOrganizationId;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "all_products", nullable = false)
    private boolean allProducts;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_assignment_product", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "product_id", length = 36, nullable = false)
    private Set<String> productIds = new LinkedHashSet<>();

    @Column(name = "assigned_by", nullable = false, length = 254)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Assignment() {
    }

    /** @param productIds empty for every granted product */
    public Assignment(Relationship relationship, String accountId, Set<String> productIds, String assignedBy,
                      Instant at) {
        this.id = UUID.randomUUID().toString();
        this.relationshipId = relationship.id();
        this.partnerOrganizationId = relationship.partnerOrganizationId();
        this.accountId = Objects.requireNonNull(accountId);
        reassign(productIds, assignedBy, at);
    }

    public void reassign(Set<String> productIds, String assignedBy, Instant at) {
        this.allProducts = productIds.isEmpty();
        this.productIds = new LinkedHashSet<>(productIds);
        this.assignedBy = assignedBy;
        this.assignedAt = at;
    }

    /**
     * The products of the grant this assignment reaches: all of them, or those named that the client
     * still grants. With full access and products named, those products only.
     */
    public boolean within(String productId) {
        return allProducts || productIds.contains(productId);
    }

    public boolean allProducts() {
        return allProducts;
    }

    public Set<String> productIds() {
        return Set.copyOf(productIds);
    }

    public String id() {
        return id;
    }

    public String relationshipId() {
        return relationshipId;
    }

    public String accountId() {
        return accountId;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
