/**
 * The audit trail of each organization: every change made, and every change refused, on behalf of
 * someone who is not one of its members acting in the portal: an administrator of the identity
 * provider acting in Keycloak's console, and a partner's user acting for the organization (each
 * technical change, in the transaction of the change); support will write to it the same way.
 * Other modules write through {@link ch.partnerportal.tenancy.api.AuditRecords}, in their own
 * transaction. An entry may keep what the change found and what it left (before, after): a DNS record
 * as its zone-file line, a member's role, permissions and contacts; the facade that made the change
 * adds them to the entry the decision point wrote, in the same transaction. Product changes of other
 * kinds keep their description only, for now. Changes members make in the portal are told to those affected (ORG-9) and not
 * repeated here, except their decisions about a partner's user (an elevation approved, refused or
 * ended, actor kind {@code member}), which belong to the story of what the partner did.
 * Entries are never changed or removed, so they are kept longer than the two years a client is
 * promised; legal representatives and administrators read them, filtered by kind of actor, by part
 * of the actor's name (in any case) and by days in Swiss time, and export what a filter takes as CSV,
 * read in chunks of 500 so an export of years holds one chunk in memory. Cells that a spreadsheet
 * would read as a formula (starting with =, +, -, @) are written with a leading apostrophe, as the
 * actor and the subject are text others typed.
 */
package ch.partnerportal.tenancy.audit;
