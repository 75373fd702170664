package ch.partnerportal.kernel;

import java.util.Objects;

/**
 * An e-mail a module wants delivered, fired as a CDI event inside the module's transaction. The
 * delivery module stores it in its outbox in that same transaction, so the notice is sent exactly
 * when the change that caused it is committed, and retried while the mail server is unreachable.
 *
 * @param recipient e-mail address
 * @param subject   already translated subject
 * @param body      already translated plain-text body
 * @param topic     what it is about, for the audit trail (for example {@code role-changed})
 */
public record Notice(String recipient, String subject, String body, String topic) {
    public Notice {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        Objects.requireNonNull(topic);
    }
}
