/** A partner and its clients (PAR-3 to PAR-6, PAR-10): the relationship, its requested and granted access. */
package ch.partnerportal.partner.relationships.entity;
