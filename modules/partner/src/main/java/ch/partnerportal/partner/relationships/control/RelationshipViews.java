package ch.partnerportal.partner.relationships.control;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.AccessScope;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.api.RelationshipView;
import ch.partnerportal.partner.api.ScopeEntry;
import ch.partnerportal.partner.notices.PartnerMail;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.RelationshipStatus;
import ch.partnerportal.partner.relationships.entity.ScopeItem;
import ch.partnerportal.partner.relationships.entity.Side;
import ch.partnerportal.tenancy.api.ProductAccess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Between what callers send and see and the relationship: an access named in a request is read
 * against the client's products (PAR-4: only its own, each of the category it is named under), and a
 * relationship is shown with the names of both sides and of its products.
 */
@Dependent
public class RelationshipViews {

    /** More products than one organization holds in practice. */
    private static final int HELD_LIMIT = 1000;

    @Inject
    HeldProducts products;

    @Inject
    PartnerMail mail;

    /**
     * The access as the entity keeps it, its products checked against the client's.
     *
     * @param productsNamed whether every entry must name its product (what a client grants)
     */
    public Access access(AccessScope scope, String clientOrganizationId, boolean productsNamed) throws Refusal {
        if (scope == null) {
            throw new Refusal(PartnerError.SCOPE_EMPTY);
        }
        List<ScopeItem> items = new ArrayList<>();
        for (ScopeEntry entry : scope.products()) {
            if (entry.category() == null) {
                throw new Refusal(PartnerError.UNKNOWN_CATEGORY, "");
            }
            if (entry.productId() != null) {
                HeldProduct product = products.find(clientOrganizationId, entry.productId())
                        .filter(held -> held.state() != HeldProduct.State.TERMINATED)
                        .orElseThrow(() -> new Refusal(PartnerError.SCOPE_PRODUCT_UNKNOWN, entry.productId()));
                if (product.kind() != entry.category()) {
                    throw new Refusal(PartnerError.SCOPE_PRODUCT_CATEGORY, product.label(), entry.category().slug());
                }
            }
            items.add(new ScopeItem(entry.category(), entry.productId(), entry.technical(), entry.statistics()));
        }
        return new Access(scope.full(), scope.billingEntrusted(), items).checked(productsNamed);
    }

    public AccessScope scope(Access access, String clientOrganizationId) {
        if (access == null) {
            return null;
        }
        List<ScopeEntry> entries = new ArrayList<>();
        for (ScopeItem item : access.items()) {
            entries.add(new ScopeEntry(item.category(), item.productId(), label(clientOrganizationId, item.productId()),
                    item.technical(), item.statistics()));
        }
        return new AccessScope(access.full(), access.billingEntrusted(), entries);
    }

    /**
     * @param viewer         the organization looking, one of the two sides
     * @param mayAct         whether the caller may act for its side (its legal representative)
     */
    public RelationshipView view(Relationship relationship, String viewer, boolean mayAct, Instant now, LocalDate today) {
        Side side = relationship.sideOf(viewer);
        RelationshipStatus status = relationship.statusAt(now, today);
        String client = relationship.clientOrganizationId();
        return new RelationshipView(relationship.id(), relationship.partnerOrganizationId(),
                mail.organizationName(relationship.partnerOrganizationId()), client, mail.organizationName(client),
                side.slug(), status.slug(), relationship.initiator().slug(), relationship.requestedBy(),
                relationship.requestedAt(), relationship.sentAt(), relationship.expiresAt(), relationship.requestNote(),
                scope(relationship.requested(), client), scope(relationship.grantedAccess(), client),
                relationship.answerNote(), relationship.answeredBy(), relationship.answeredAt(),
                relationship.grantEndsOn(), relationship.accessChangedAt(), relationship.endedAt(),
                relationship.endedBy(), relationship.endedBySide() == null ? null : relationship.endedBySide().slug(),
                mayAct ? actions(relationship, side, status) : List.of());
    }

    private static List<String> actions(Relationship relationship, Side side, RelationshipStatus status) {
        if (status == RelationshipStatus.PENDING) {
            return side == relationship.initiator() ? List.of("resend", "withdraw") : List.of("accept", "refuse");
        }
        if (status == RelationshipStatus.ACTIVE) {
            return side == Side.CLIENT ? List.of("change-access", "renew", "end") : List.of("end");
        }
        return List.of();
    }

    /** Every product of the client a grant may name, without rights chosen. */
    public List<ScopeEntry> grantable(String clientOrganizationId) {
        return products.held(clientOrganizationId, HELD_LIMIT).stream()
                .filter(held -> held.kind() != ProductAccess.BILLING)
                .map(held -> new ScopeEntry(held.kind(), held.id(), held.label(), false, false)).toList();
    }

    /** The labels of the client's products the access reaches now: all of them with full access. */
    public List<String> reached(Access access, String clientOrganizationId) {
        if (access == null) {
            return List.of();
        }
        if (access.full()) {
            return products.held(clientOrganizationId, HELD_LIMIT).stream().map(HeldProduct::label).toList();
        }
        return access.items().stream().map(item -> label(clientOrganizationId, item.productId()))
                .filter(label -> label != null).toList();
    }

    private String label(String clientOrganizationId, String productId) {
        return productId == null ? null
                : products.find(clientOrganizationId, productId).map(HeldProduct::label).orElse(null);
    }
}
