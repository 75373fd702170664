/**
 * The transactional outbox: work recorded with a change and carried out after its commit, with retries.
 *
 * <p>Several servers may share one database (PostgreSQL): each entry is claimed (a lease of a few
 * minutes, taken under the entry's version check) before it is carried out, so one e-mail is never
 * sent twice by two servers, and an entry whose server stopped mid-way becomes due again when its
 * lease ends.
 *
 * <p>E-mails that cannot be delivered: a refusal for good (the address cannot be written, or the mail
 * server answers 5xx to it) is tried {@code REFUSED_MAIL_ATTEMPTS} (3) times in case it was a passing
 * misconfiguration; a failure that may pass (server down, 4xx) {@code MAIL_ATTEMPTS} (200) times, the
 * pause doubling up to a minute, about three hours. Then the mail is set aside with the server's
 * answer as its reason, never retried by itself; platform administrators retry it (all its attempts
 * anew) or discard it (kept, never sent), and who did is recorded. Identity projections are never set
 * aside: Keycloak's state must converge however long it is down.
 */
package ch.partnerportal.identity.outbox;
