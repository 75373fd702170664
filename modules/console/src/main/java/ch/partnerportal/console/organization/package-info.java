/** The organization's details (ORG-3): editable by legal representatives and administrators, read-only for others. */
package ch.partnerportal.console.organization;
