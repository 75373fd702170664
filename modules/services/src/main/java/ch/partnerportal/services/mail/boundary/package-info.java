/** Mailboxes facade (managers of a mail service) and mailbox authentication (the mail servers). */
package ch.partnerportal.services.mail.boundary;
