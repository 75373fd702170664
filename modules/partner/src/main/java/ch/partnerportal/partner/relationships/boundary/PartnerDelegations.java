package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.partner.applications.control.ApplicationStore;
import ch.partnerportal.partner.relationships.control.ActiveRelationships;
import ch.partnerportal.partner.relationships.control.AssignmentStore;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Assignment;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.ScopeItem;
import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.Delegations;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The partner module's part of the decision point: a caller who is no member of an organization acts
 * for it when one of the organization's partners of the programme, in an active relationship whose
 * grant has not ended, has the caller among its legal representatives and administrators (they act
 * for every client) or has assigned it to that client (PAR-6). A revoked partnership delegates nothing.
 */
@Stateless
@Local(Delegations.class)
public class PartnerDelegations implements Delegations {

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

    @Override
    public Optional<DelegatedRights> of(String organizationId, String loginId) {
        for (Relationship relationship : relationships.ofClient(organizationId)) {
            String partner = relationship.partnerOrganizationId();
            Optional<MemberRights> member = tenants.memberByLoginId(partner, loginId);
            if (member.isEmpty() || !applications.partner(partner)) {
                continue;
            }
            if (member.get().role().mayManage()) {
                return Optional.of(rights(relationship, null));
            }
            Optional<Assignment> assignment = assignments.of(relationship.id(), member.get().accountId());
            if (assignment.isPresent()) {
                return Optional.of(rights(relationship, assignment.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * What the grant reaches, narrowed to the assignment's products when it names some (PAR-6): with a
     * limited grant the named products it still grants; with full access the named products of the
     * client, with both rights.
     */
    private DelegatedRights rights(Relationship relationship, Assignment assignment) {
        Access access = relationship.grantedAccess();
        boolean narrowed = assignment != null && !assignment.allProducts();
        Map<String, DelegatedRights.ProductGrant> products = new HashMap<>();
        if (access.full() && narrowed) {
            for (String productId : assignment.productIds()) {
                held.find(relationship.clientOrganizationId(), productId).ifPresent(product -> products.put(productId,
                        new DelegatedRights.ProductGrant(product.kind(), true, true)));
            }
        }
        for (ScopeItem item : access.items()) {
            if (!narrowed || assignment.within(item.productId())) {
                products.put(item.productId(),
                        new DelegatedRights.ProductGrant(item.category(), item.technical(), item.statistics()));
            }
        }
        return new DelegatedRights(relationship.partnerOrganizationId(), relationship.id(),
                access.full() && !narrowed, products);
    }
}
