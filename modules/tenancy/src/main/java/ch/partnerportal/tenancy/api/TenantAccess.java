package ch.partnerportal.tenancy.api;

import ch.partnerportal.kernel.Refusal;

/**
 * The one decision point (DESIGN.md, "Authorization"): may the caller do this action on this kind of
 * product of an organization, and who is the organization. Every facade of another module that reads
 * or changes tenant data asks it before it reads anything. Legal representatives and administrators
 * hold every permission (ORG-3); others need the kind's permission granted (ORG-4, ORG-6). Partner
 * users and support agents are decided here too once their modules contribute to it.
 */
public interface TenantAccess {

    TenantProfile require(String organizationId, ProductAccess kind, ProductAction action) throws Refusal;

    /** Billing's own checks: seeing and paying invoices is one action. */
    default TenantProfile require(String organizationId, ProductAccess kind) throws Refusal {
        return require(organizationId, kind, ProductAction.CHANGE);
    }
}
