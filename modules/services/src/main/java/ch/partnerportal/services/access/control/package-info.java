/** Effective access to a product's things (a drive, a mailbox), from personal and team grants (ORG-8). */
package ch.partnerportal.services.access.control;
