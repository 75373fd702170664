/**
 * The transactional outbox: work recorded with a change and carried out after its commit, with retries.
 *
 * <p>Several servers may share one database (PostgreSQL): each entry is claimed (a lease of a few
 * minutes, taken under the entry's version check) before it is carried out, so one e-mail is never
 * sent twice by two servers, and an entry whose server stopped mid-way becomes due again when its
 * lease ends.
 */
package ch.partnerportal.identity.outbox;
