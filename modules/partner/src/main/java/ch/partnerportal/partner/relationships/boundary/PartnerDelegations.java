package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.partner.applications.control.ApplicationStore;
import ch.partnerportal.partner.relationships.control.ActiveRelationships;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.ScopeItem;
import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.Delegations;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
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
 * for every client until PAR-6's assignments name others). A revoked partnership delegates nothing.
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
    OrganizationDirectory directory;

    @Override
    public Optional<DelegatedRights> of(String organizationId, String loginId) {
        for (Relationship relationship : relationships.ofClient(organizationId)) {
            String partner = relationship.partnerOrganizationId();
            boolean acts = tenants.memberByLoginId(partner, loginId)
                    .filter(member -> member.role().mayManage()).isPresent();
            if (acts && applications.partner(partner)) {
                return Optional.of(rights(relationship));
            }
        }
        return Optional.empty();
    }

    private DelegatedRights rights(Relationship relationship) {
        Access access = relationship.grantedAccess();
        Map<String, DelegatedRights.ProductGrant> products = new HashMap<>();
        for (ScopeItem item : access.items()) {
            products.put(item.productId(),
                    new DelegatedRights.ProductGrant(item.category(), item.technical(), item.statistics()));
        }
        String partner = relationship.partnerOrganizationId();
        String name = directory.profile(partner).map(TenantProfile::name).orElse(partner);
        return new DelegatedRights(partner, name, relationship.id(), access.full(), products);
    }
}
