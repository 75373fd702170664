/** Hashing of the passwords the portal keeps (mailboxes, technical credentials): Argon2id, never the password. */
package ch.partnerportal.services.secrets.control;
