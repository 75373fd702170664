package ch.partnerportal.tenancy.api;

import ch.partnerportal.kernel.Refusal;

import java.util.Optional;

/**
 * The one decision point (DESIGN.md, "Authorization"): may the caller do this action on this kind of
 * product of an organization, and who is the organization. Every facade of another module that reads
 * or changes tenant data asks it before it reads anything. Legal representatives and administrators
 * hold every permission (ORG-3); others need the kind's permission granted (ORG-4, ORG-6). A caller who
 * is no member may be a partner's user acting for the organization ({@link Delegations}): it reaches
 * what the client granted its partner, product by product. What only members do ({@link #caller})
 * stays closed to it.
 */
public interface TenantAccess {

    TenantProfile require(String organizationId, ProductAccess kind, ProductAction action) throws Refusal;

    /**
     * The same on one product, asked before the product is read: a member holds the kind's permission;
     * a partner's user needs the product in the client's grant with the action's right (TEN-135).
     */
    default TenantProfile require(String organizationId, String productId, ProductAccess kind, ProductAction action)
            throws Refusal {
        return require(organizationId, kind, action);
    }

    /**
     * What the caller may do with the organization's products, a member or a partner's user acting for
     * it; TEN-101 for anyone else. For lists whose entries are decided one by one.
     */
    default CallerRights rights(String organizationId) throws Refusal {
        return caller(organizationId);
    }

    /**
     * The caller's own rights in the organization: TEN-101 when the caller is not one of its members.
     * Asked first where the kind of product is only known once the product is read.
     */
    MemberRights caller(String organizationId) throws Refusal;

    /**
     * The rights of another member than the caller, where a rule depends on them; empty when the account
     * is no member of the organization. It answers for the organization the caller's facade has already
     * been allowed into.
     */
    Optional<MemberRights> member(String organizationId, String accountId);

    /** The same, found by the login ID (the account's e-mail address). */
    Optional<MemberRights> memberByLoginId(String organizationId, String loginId);

    /** A team of the organization (ORG-8), for the product access given to it; empty when it is another's. */
    Optional<TeamView> team(String organizationId, String teamId);

    /**
     * For what only the organization's legal representatives do (PAR-1: applying to the partner
     * programme; PAR-3, PAR-4: relationships with partners): TEN-105 for its other members.
     */
    default MemberRights requireLegalRepresentative(String organizationId) throws Refusal {
        MemberRights rights = caller(organizationId);
        if (rights.role() != Role.LEGAL_REPRESENTATIVE) {
            throw new Refusal(TenancyError.LEGAL_REPRESENTATIVE_REQUIRED);
        }
        return rights;
    }

    /**
     * PAR-5, for the organization's users and invitations: empty for a member (whose role its facade
     * weighs), the partner's user's rights when its access reaches the whole account (legal
     * representatives stay out of its reach), TEN-101 for anyone else, a limited access included.
     */
    default Optional<DelegatedRights> fullPartner(String organizationId) throws Refusal {
        if (!(rights(organizationId) instanceof DelegatedRights delegated)) {
            return Optional.empty();
        }
        if (!delegated.full()) {
            throw new Refusal(TenancyError.ORGANIZATION_NOT_FOUND);
        }
        return Optional.of(delegated);
    }

    /** Billing's own checks: seeing and paying invoices is one action. */
    default TenantProfile require(String organizationId, ProductAccess kind) throws Refusal {
        return require(organizationId, kind, ProductAction.CHANGE);
    }
}
