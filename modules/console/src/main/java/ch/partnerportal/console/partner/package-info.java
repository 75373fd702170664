/**
 * The partner programme in the console: an organization's application (PAR-1) and, on the same page,
 * the partner's clients and requests; the client's Partners page (PAR-3, PAR-4, PAR-10). Both sides'
 * pages share {@link ch.partnerportal.console.partner.RelationshipsPanel}. The partner console proper
 * (entering a client's account) follows with enforcement.
 */
package ch.partnerportal.console.partner;
