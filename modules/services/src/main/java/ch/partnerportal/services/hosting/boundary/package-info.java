/** The web hosting facade: sites on the organization's domains and technical credentials (IDN-4). */
package ch.partnerportal.services.hosting.boundary;
