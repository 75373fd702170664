package ch.partnerportal.tenancy.api;

import java.util.Optional;

/**
 * Asked by the decision point when the caller is no member of the organization (DESIGN.md,
 * "Authorization"): whether it acts for it as a partner's user. The partner module answers; tenancy
 * depends on no module above it.
 */
public interface Delegations {

    /** @param loginId the caller's login ID, normalized; empty when the caller acts for no partner of it */
    Optional<DelegatedRights> of(String organizationId, String loginId);
}
