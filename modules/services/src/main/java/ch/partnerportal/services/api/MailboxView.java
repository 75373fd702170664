package ch.partnerportal.services.api;

import java.time.Instant;
import java.util.List;

/**
 * A mailbox as its managers see it: never its password, only whether it has one of its own or signs in
 * with the login password of the account whose login ID is its address (IDN-3).
 */
public record MailboxView(String id, String productId, String address, List<String> readers, List<String> teamReaders,
                          List<String> aliases,
                          List<String> forwards, boolean keepCopy, boolean hasOwnPassword, boolean unified,
                          Instant passwordChangedAt) {
}
