package ch.partnerportal.tenancy.api;

import java.util.List;

/** Read side for other modules (the identity projection): no caller checks, no tenant data leaves the EAR. */
public interface OrganizationDirectory {

    OrganizationSnapshot snapshot(String organizationId);

    List<String> allOrganizationIds();
}
