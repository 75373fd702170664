/**
 * A partner application's parts (PAR-1): the company's register number and its website, each a value
 * that checks itself.
 */
package ch.partnerportal.partner.applications.entity;
