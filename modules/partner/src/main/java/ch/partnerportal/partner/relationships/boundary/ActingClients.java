package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ActingFor;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.notices.PartnerMail;
import ch.partnerportal.partner.relationships.control.ActiveRelationships;
import ch.partnerportal.partner.relationships.control.AssignmentStore;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.tenancy.api.CallerRights;
import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clients a partner's user acts for (PAR-4 to PAR-6): every client of an active relationship for
 * the partner's legal representatives and administrators, the assigned ones for its collaborators;
 * and entering one, which the decision point confirms, so the console works in the client's account.
 */
@Stateless
public class ActingClients {

    /** As many as a page of the console shows before its search narrows them. */
    public static final int LISTED = 50;

    /** Organizations the directory answers for a search: more than one partner's clients of one name. */
    private static final int SEARCH_LIMIT = 500;

    @Inject
    TenantAccess tenants;

    @Inject
    ActiveRelationships relationships;

    @Inject
    AssignmentStore assignments;

    @Inject
    PartnerMail names;

    @Inject
    OrganizationDirectory directory;

    /**
     * The names are read for the clients shown only: without a search the fifty answered last, with
     * one those the directory finds by that part of their name.
     *
     * @param search part of the client's name, in any case; blank for all
     */
    public List<ActingFor> of(String partnerOrganizationId, String search) throws Refusal {
        MemberRights caller = tenants.caller(partnerOrganizationId);
        Set<String> assigned = caller.role().mayManage() ? null
                : assignments.relationshipsOf(partnerOrganizationId, caller.accountId());
        String wanted = search == null ? "" : search.strip();
        Set<String> named = wanted.isEmpty() ? null : directory.search(wanted, SEARCH_LIMIT).stream()
                .map(TenantProfile::organizationId).collect(Collectors.toSet());
        return relationships.ofPartner(partnerOrganizationId).stream()
                .filter(relationship -> assigned == null || assigned.contains(relationship.id()))
                .filter(relationship -> named == null || named.contains(relationship.clientOrganizationId()))
                .sorted(Comparator.comparing(Relationship::answeredAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(LISTED)
                .map(relationship -> acting(relationship, relationship.grantedAccess().full()))
                .sorted(Comparator.comparing(ActingFor::clientName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The caller enters the client's account as this partner: the decision point must find that it acts
     * for the client through the partner now: TEN-101 when it does not act for the client at all,
     * PRT-522 when it does through another partner or is the client's own member.
     */
    public ActingFor enter(String partnerOrganizationId, String relationshipId) throws Refusal {
        tenants.caller(partnerOrganizationId);
        Relationship relationship = relationships.ofPartner(partnerOrganizationId).stream()
                .filter(r -> r.id().equals(relationshipId)).findFirst()
                .orElseThrow(() -> new Refusal(PartnerError.RELATIONSHIP_NOT_FOUND));
        CallerRights rights = tenants.rights(relationship.clientOrganizationId());
        if (!(rights instanceof DelegatedRights delegated)
                || !delegated.partnerOrganizationId().equals(partnerOrganizationId)) {
            throw new Refusal(PartnerError.RELATIONSHIP_NOT_FOUND);
        }
        return acting(relationship, delegated.full());
    }

    private ActingFor acting(Relationship relationship, boolean full) {
        return new ActingFor(relationship.id(), relationship.clientOrganizationId(),
                names.organizationName(relationship.clientOrganizationId()), relationship.partnerOrganizationId(),
                names.organizationName(relationship.partnerOrganizationId()), full);
    }
}
