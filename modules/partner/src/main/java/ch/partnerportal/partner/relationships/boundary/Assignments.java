package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.billing.api.HeldProducts;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.AssignmentView;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.relationships.control.AssignmentStore;
import ch.partnerportal.partner.relationships.entity.Assignment;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.RelationshipStatus;
import ch.partnerportal.partner.relationships.entity.ScopeItem;
import ch.partnerportal.partner.relationships.entity.Side;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.OrganizationChanged;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PAR-6: the partner's legal representative decides which of its own users act for which client, on
 * every granted product or on some; its administrators read it. Legal representatives and
 * administrators act for every client without being assigned.
 */
@Stateless
public class Assignments {

    @Inject
    TenantAccess tenants;

    @Inject
    HeldProducts products;

    @Inject
    Event<OrganizationChanged> organizationChanges;

    @Inject
    Clock clock;

    @Inject
    AssignmentStore store;

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    public List<AssignmentView> of(String partnerOrganizationId, String relationshipId) throws Refusal {
        MemberRights caller = tenants.caller(partnerOrganizationId);
        if (!caller.role().mayManage()) {
            throw new Refusal(TenancyError.INSUFFICIENT_RIGHTS);
        }
        Relationship relationship = partnerSide(partnerOrganizationId, relationshipId, false);
        return store.ofRelationship(relationship.id()).stream()
                .flatMap(assignment -> view(partnerOrganizationId, assignment).stream()).toList();
    }

    /** @param productIds empty for every product the client grants, now and after a change */
    public AssignmentView assign(String partnerOrganizationId, String relationshipId, String accountId,
                                 Set<String> productIds) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(partnerOrganizationId);
        Relationship relationship = partnerSide(partnerOrganizationId, relationshipId, true);
        MemberRights assignee = (accountId == null ? Optional.<MemberRights>empty()
                : tenants.member(partnerOrganizationId, accountId))
                .orElseThrow(() -> new Refusal(PartnerError.ASSIGNEE_NOT_MEMBER));
        if (assignee.role().mayManage()) {
            throw new Refusal(PartnerError.ASSIGNEE_ACTS_FOR_ALL);
        }
        Set<String> wanted = new LinkedHashSet<>(productIds);
        for (String productId : wanted) {
            if (!granted(relationship, productId)) {
                throw new Refusal(PartnerError.ASSIGNED_PRODUCT_NOT_GRANTED);
            }
        }
        Assignment assignment = store.of(relationship.id(), assignee.accountId()).orElse(null);
        if (assignment == null) {
            assignment = new Assignment(relationship, assignee.accountId(), wanted, caller.loginId(), clock.instant());
            em.persist(assignment);
        } else {
            assignment.reassign(wanted, caller.loginId(), clock.instant());
        }
        organizationChanges.fire(new OrganizationChanged(partnerOrganizationId));
        return view(partnerOrganizationId, assignment).orElseThrow();
    }

    public void unassign(String partnerOrganizationId, String relationshipId, String accountId) throws Refusal {
        tenants.requireLegalRepresentative(partnerOrganizationId);
        Relationship relationship = partnerSide(partnerOrganizationId, relationshipId, true);
        Assignment assignment = (accountId == null ? Optional.<Assignment>empty()
                : store.of(relationship.id(), accountId))
                .orElseThrow(() -> new Refusal(PartnerError.ASSIGNMENT_NOT_FOUND));
        em.remove(assignment);
        organizationChanges.fire(new OrganizationChanged(partnerOrganizationId));
    }

    /** With full access any product of the client; with a limited one the granted products. */
    private boolean granted(Relationship relationship, String productId) {
        if (relationship.grantedAccess().full()) {
            return productId != null && products.find(relationship.clientOrganizationId(), productId).isPresent();
        }
        return relationship.grantedAccess().items().stream().map(ScopeItem::productId).anyMatch(productId::equals);
    }

    private Relationship partnerSide(String partnerOrganizationId, String relationshipId, boolean forChange)
            throws Refusal {
        Relationship relationship = relationshipId == null || relationshipId.length() > 36 ? null
                : forChange ? em.find(Relationship.class, relationshipId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Relationship.class, relationshipId);
        if (relationship == null || relationship.sideOf(partnerOrganizationId) == null) {
            throw new Refusal(PartnerError.RELATIONSHIP_NOT_FOUND);
        }
        if (relationship.sideOf(partnerOrganizationId) != Side.PARTNER) {
            throw new Refusal(PartnerError.ONLY_PARTNER_ASSIGNS);
        }
        if (forChange && relationship.status() != RelationshipStatus.ACTIVE) {
            throw new Refusal(PartnerError.RELATIONSHIP_NOT_ACTIVE);
        }
        return relationship;
    }

    /** Empty when the account has left the partner: its assignment no longer acts. */
    private Optional<AssignmentView> view(String partnerOrganizationId, Assignment assignment) {
        return tenants.member(partnerOrganizationId, assignment.accountId())
                .map(member -> new AssignmentView(member.accountId(), member.loginId(), member.displayName(),
                        List.copyOf(assignment.productIds()), assignment.assignedBy(), assignment.assignedAt()));
    }
}
