package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.billing.api.HeldProduct;
import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.partner.applications.control.ApplicationStore;
import ch.partnerportal.partner.relationships.control.ActiveRelationships;
import ch.partnerportal.partner.relationships.control.AssignmentStore;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.control.ElevationStore;
import ch.partnerportal.partner.relationships.entity.Assignment;
import ch.partnerportal.partner.relationships.entity.Elevation;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.ScopeItem;
import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.DelegatedRights.ProductGrant;
import ch.partnerportal.tenancy.api.Delegations;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner module's part of the decision point: a caller who is no member of an organization acts
 * for it when one of the organization's partners of the programme, in an active relationship whose
 * grant has not ended, has the caller among its legal representatives and administrators (they act
 * for every client) or has assigned it to that client (PAR-6). A revoked partnership delegates nothing.
 * An approved just-in-time elevation of the caller adds to it for its hours, beyond the assignment too:
 * the client approved it for that user.
 */
@Stateless
@Local(Delegations.class)
public class PartnerDelegations implements Delegations {

    /** More products than one organization holds in practice. */
    private static final int HELD_LIMIT = 1000;

    @Inject
    ActiveRelationships relationships;

    @Inject
    ApplicationStore applications;

    @Inject
    TenantAccess tenants;

    @Inject
    HeldProducts held;

    @Inject
    AssignmentStore assignments;

    @Inject
    ElevationStore elevations;

    @Inject
    Clock clock;

    @Override
    public Optional<DelegatedRights> of(String organizationId, String loginId) {
        for (Relationship relationship : relationships.ofClient(organizationId)) {
            String partner = relationship.partnerOrganizationId();
            Optional<MemberRights> member = tenants.memberByLoginId(partner, loginId);
            if (member.isEmpty() || !applications.partner(partner)) {
                continue;
            }
            String accountId = member.get().accountId();
            Assignment assignment = null;
            if (!member.get().role().mayManage()) {
                assignment = assignments.of(relationship.id(), accountId).orElse(null);
                if (assignment == null) {
                    continue;
                }
            }
            return Optional.of(rights(relationship, assignment,
                    elevations.holding(relationship.id(), accountId, clock.instant()).orElse(null)));
        }
        return Optional.empty();
    }

    /**
     * What the grant reaches, narrowed to the assignment's products when it names some (PAR-6): with a
     * limited grant the named products it still grants; with full access the named products of the
     * client, with both rights.
     */
    private DelegatedRights rights(Relationship relationship, Assignment assignment, Elevation elevation) {
        Access access = relationship.grantedAccess();
        boolean narrowed = assignment != null && !assignment.allProducts();
        Map<String, ProductGrant> products = new HashMap<>();
        if (access.full() && narrowed) {
            for (String productId : assignment.productIds()) {
                held.find(relationship.clientOrganizationId(), productId).ifPresent(product -> products.put(productId,
                        new ProductGrant(product.kind(), true, true)));
            }
        }
        for (ScopeItem item : access.items()) {
            if (!narrowed || assignment.within(item.productId())) {
                products.put(item.productId(), new ProductGrant(item.category(), item.technical(), item.statistics()));
            }
        }
        boolean full = access.full() && !narrowed;
        if (elevation != null) {
            full |= elevation.access().full();
            for (ScopeItem item : elevation.access().items()) {
                elevated(relationship.clientOrganizationId(), item, products);
            }
        }
        return new DelegatedRights(relationship.partnerOrganizationId(), relationship.id(),
                elevation == null ? null : elevation.id(), full, products);
    }

    /** An elevated product adds its rights to those granted; a category stands for its products now. */
    private void elevated(String clientOrganizationId, ScopeItem item, Map<String, ProductGrant> products) {
        List<String> productIds = item.productId() != null ? List.of(item.productId())
                : held.held(clientOrganizationId, HELD_LIMIT).stream()
                .filter(product -> product.kind() == item.category()).map(HeldProduct::id).toList();
        for (String productId : productIds) {
            products.merge(productId, new ProductGrant(item.category(), item.technical(), item.statistics()),
                    (granted, added) -> new ProductGrant(granted.kind(), granted.technical() || added.technical(),
                            granted.statistics() || added.statistics()));
        }
    }
}
