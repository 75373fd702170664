package ch.partnerportal.tenancy.api;

/**
 * Fired inside the transaction that changed an organization, its members or their roles. Observers
 * that must act only once the change is committed write to their outbox in that same transaction.
 */
public record OrganizationChanged(String organizationId) {
}
