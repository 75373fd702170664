package ch.partnerportal.billing.api;

/**
 * An organization an accountant may credit an unassigned transfer to, with the currency its prepaid
 * account is kept in (PAY-9).
 */
public record OrganizationMatch(String organizationId, String name, String city, String country, String currency) {
}
