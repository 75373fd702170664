package ch.partnerportal.tenancy.api;

import ch.partnerportal.kernel.Refusal;

/**
 * For other modules: checks that the caller may use one kind of product of an organization and says
 * who the organization is. Legal representatives and administrators hold every permission (ORG-3);
 * others need it granted (ORG-4, ORG-6).
 */
public interface TenantAccess {

    TenantProfile require(String organizationId, ProductAccess access) throws Refusal;
}
