/** What applications need besides their entity: the versioned reseller conditions and the e-mails. */
package ch.partnerportal.partner.applications.control;
