/**
 * The client's view of its audit trail (issue 10): every technical change a partner's user made on the
 * account, and what Keycloak administrators changed or were refused, with who, when, what and on
 * which product or person; filtered by kind of actor, part of the actor's name and days (Swiss time),
 * newest first, twenty to a page, and the CSV of what the filters take. Only the organization's legal
 * representatives and administrators open it, as they answer for what partners do.
 */
package ch.partnerportal.console.audit;
