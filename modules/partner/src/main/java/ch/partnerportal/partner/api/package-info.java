/**
 * What other modules may use of the partner programme: its error codes
 * ({@link ch.partnerportal.partner.api.PartnerError}, PRT-5xx).
 */
package ch.partnerportal.partner.api;
