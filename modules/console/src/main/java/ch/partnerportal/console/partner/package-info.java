/**
 * The partner programme in the console: an organization's application (PAR-1); the partner console
 * and the client's Partners page follow with the relationships.
 */
package ch.partnerportal.console.partner;
