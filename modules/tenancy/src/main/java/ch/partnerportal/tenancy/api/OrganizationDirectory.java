package ch.partnerportal.tenancy.api;

import java.util.List;
import java.util.Optional;

/**
 * Read side for other modules: the identity projection, and the provider's own staff behind a facade
 * that checks their role. No caller checks here, no tenant data leaves the EAR.
 */
public interface OrganizationDirectory {

    OrganizationSnapshot snapshot(String organizationId);

    List<String> allOrganizationIds();

    /** The organization's identity and billing address, if it exists. */
    Optional<TenantProfile> profile(String organizationId);

    /**
     * Organizations whose name contains the text, or one of whose members has that e-mail address, or
     * whose id it is; by name, at most {@code max}. For staff who recognise a customer by what a payer
     * wrote on a transfer.
     */
    List<TenantProfile> search(String text, int max);
}
