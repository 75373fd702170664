package ch.partnerportal.tenancy.api;

/** New details of an organization (ORG-3): name, postal address, VAT number, billing country. */
public record OrganizationDetails(String name, String street, String postalCode, String city, String country,
                                  String vatNumber) {
}
