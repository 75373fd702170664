package ch.partnerportal.tenancy.organizations.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.OrganizationDetails;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** An organization's details (ORG-3). */
@Stateless
public class Organizations {

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    OrganizationStore store;

    public OrganizationView details(String organizationId) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        return store.view(organizationId, caller);
    }

    public OrganizationView changeDetails(String organizationId, OrganizationDetails details) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Organization organization = store.lockForChange(organizationId);
        organization.changeDetails(caller, details);
        store.changed(organization);
        return organization.viewFor(caller);
    }
}
