package ch.partnerportal.tenancy.api;

import ch.partnerportal.kernel.Refusal;

/**
 * Roles, permissions and members changed in the identity provider's own console by one of its
 * administrators, taken into the portal under the same rules as a change made in the portal (ORG-5
 * to ORG-7, ORG-9) and written to the organization's audit trail as made by that administrator.
 */
public interface IdentityAdministration {

    /** Applies the change in one transaction; a refusal leaves the portal unchanged. */
    void apply(AdministeredChange change, IdentityAdministrator by) throws Refusal;

    /**
     * After a refusal: writes it to the audit trail, tells the administrator and the organization's
     * legal representatives why, and has the identity provider put back to the portal's state.
     */
    void refused(AdministeredChange change, IdentityAdministrator by, Refusal refusal);
}
