/** The limits on failed mailbox sign-ins. */
package ch.partnerportal.services.mail.control;
