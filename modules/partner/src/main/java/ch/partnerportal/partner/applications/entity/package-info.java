/**
 * Applications to the partner programme (PAR-1): what one is made of (the company's register number
 * and its website, each a value that checks itself), the threshold its managed value is held to, and
 * the application itself from pending to approved, refused, withdrawn or revoked, with its yearly
 * reviews.
 */
package ch.partnerportal.partner.applications.entity;
