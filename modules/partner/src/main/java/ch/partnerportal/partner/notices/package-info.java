/**
 * The partner programme's e-mails: translated texts (the {@code notices} bundle) and who receives
 * them, shared by applications and relationships.
 */
package ch.partnerportal.partner.notices;
