package ch.partnerportal.partner.api;

/**
 * Fired inside the transaction that approved or ended a partnership; the partner role follows it in
 * Keycloak through the identity outbox.
 */
public record PartnershipChanged(String organizationId, boolean partner) {
}
