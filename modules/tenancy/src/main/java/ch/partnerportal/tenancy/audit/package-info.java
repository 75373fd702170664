/**
 * The audit trail of each organization: every change made, and every change refused, on behalf of
 * someone who is not one of its members acting in the portal. Today that is an administrator of the
 * identity provider acting in Keycloak's console; partners and support will write to it the same way.
 * Changes members make in the portal are told to those affected (ORG-9) and not repeated here.
 * Entries are never changed or removed; legal representatives and administrators read them.
 */
package ch.partnerportal.tenancy.audit;
