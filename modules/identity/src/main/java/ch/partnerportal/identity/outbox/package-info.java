/** The transactional outbox: work recorded with a change and carried out after its commit, with retries. */
package ch.partnerportal.identity.outbox;
