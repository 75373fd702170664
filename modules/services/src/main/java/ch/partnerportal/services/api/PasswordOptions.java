package ch.partnerportal.services.api;

/**
 * What changing a mailbox's password offers: always a new password of its own; unification with the
 * login password only when IDN-3's three conditions hold.
 *
 * @param unificationLoginId the login ID whose password would open the mailbox, when it is offered
 */
public record PasswordOptions(boolean unificationOffered, String unificationLoginId, boolean unified) {
}
