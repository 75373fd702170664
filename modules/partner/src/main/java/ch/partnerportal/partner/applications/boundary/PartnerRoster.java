package ch.partnerportal.partner.applications.boundary;

import ch.partnerportal.identity.api.RealmRoleHolders;
import ch.partnerportal.partner.applications.control.ApplicationStore;
import ch.partnerportal.partner.relationships.control.ActiveRelationships;
import ch.partnerportal.partner.relationships.control.AssignmentStore;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the Keycloak projection which organizations are partners (their members carry {@code partner})
 * and which clients each manages.
 */
@Stateless
@Local(RealmRoleHolders.class)
public class PartnerRoster implements RealmRoleHolders {

    @Inject
    ApplicationStore applications;

    @Inject
    ActiveRelationships relationships;

    @Inject
    TenantAccess tenants;

    @Inject
    AssignmentStore assignments;

    @Override
    public String realmRole() {
        return "partner";
    }

    @Override
    public String rootGroup() {
        return "partners";
    }

    @Override
    public boolean holds(String organizationId) {
        return applications.partner(organizationId);
    }

    /**
     * {@code clients/<client id>/full} or {@code .../limited} for each client it manages, with the
     * members who act for every client (its legal representatives and administrators) and those
     * assigned to that client (PAR-6).
     */
    @Override
    public List<SubGroup> subGroups(String organizationId) {
        return relationships.ofPartner(organizationId).stream()
                .map(relationship -> new SubGroup(List.of("clients", relationship.clientOrganizationId(),
                        relationship.grantedAccess().full() ? "full" : "limited"),
                        Set.of(Role.LEGAL_REPRESENTATIVE, Role.ADMINISTRATOR), assigned(organizationId, relationship)))
                .toList();
    }

    private Set<String> assigned(String partnerOrganizationId, Relationship relationship) {
        return assignments.ofRelationship(relationship.id()).stream()
                .flatMap(assignment -> tenants.member(partnerOrganizationId, assignment.accountId()).stream())
                .map(MemberRights::loginId).collect(Collectors.toSet());
    }
}
