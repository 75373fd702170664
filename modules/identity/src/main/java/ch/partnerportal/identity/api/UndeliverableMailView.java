package ch.partnerportal.identity.api;

import java.time.Instant;

/**
 * A notice the portal gave up delivering: to whom, what, why (the mail server's answer), how often
 * it was tried, when it was written and set aside.
 */
public record UndeliverableMailView(String id, String recipient, String subject, String topic, int attempts,
                                    String reason, Instant createdAt, Instant setAsideAt) {
}
