/** The password policy of mailboxes and technical credentials (IDN-2, IDN-4). */
package ch.partnerportal.services.secrets.entity;
