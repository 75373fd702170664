/** The relationships' facade for the API and the consoles, and their daily run. */
package ch.partnerportal.partner.relationships.boundary;
