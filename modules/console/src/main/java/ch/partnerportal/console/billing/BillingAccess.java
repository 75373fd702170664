package ch.partnerportal.console.billing;

import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the signed-in member may see the billing pages of the current organization (TEN-124):
 * legal representatives and administrators always, others with the billing permission. Asked of
 * tenancy once per request, so that the navigation only offers pages that will open; the pages still
 * get the refusal from the facades when opened directly.
 */
@Named
@RequestScoped
public class BillingAccess {

    @Inject
    ConsoleSession session;

    @Inject
    TenantAccess tenants;

    private Boolean allowed;

    public boolean isAllowed() {
        if (allowed == null) {
            String organization = session.getCurrentOrganizationId();
            try {
                allowed = organization != null && tenants.require(organization, ProductAccess.BILLING) != null;
            } catch (Refusal refusal) {
                allowed = false;
            }
        }
        return allowed;
    }
}
