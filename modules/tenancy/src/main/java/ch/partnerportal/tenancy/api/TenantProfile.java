package ch.partnerportal.tenancy.api;

/** An organization's identity and billing address as other modules need them. */
public record TenantProfile(String organizationId, String name, String street, String postalCode, String city,
                            String country, String vatNumber) {
}
