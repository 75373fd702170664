package ch.partnerportal.services.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One sign-in a mail server asked about, and its answer: the audit of mailbox authentication. */
@Entity
@Table(name = "mail_login")
public class MailLogin {

    public enum Outcome {
        /** The mailbox's own password. */
        ACCEPTED,
        /** The login password of the unified account, checked by the identity provider (IDN-3). */
        ACCEPTED_WITH_LOGIN_PASSWORD,
        REFUSED,
        /** No mailbox has this address. */
        UNKNOWN,
        /** Its mail service is blocked or terminated. */
        PRODUCT_UNAVAILABLE,
        /** Too many refusals for this address or this client lately. */
        THROTTLED
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "mailbox_id", length = 36, updatable = false)
    private String mailboxId;

    @Column(name = "organization_id", length = 36, updatable = false)
    private String organizationId;

    @Column(nullable = false, length = 254, updatable = false)
    private String address;

    @Column(name = "client_address", length = 45, updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Outcome outcome;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    protected MailLogin() {
    }

    public static MailLogin of(Mailbox mailbox, String address, String clientAddress, Outcome outcome, Instant now) {
        MailLogin login = new MailLogin();
        login.id = UUID.randomUUID().toString();
        login.mailboxId = mailbox == null ? null : mailbox.id();
        login.organizationId = mailbox == null ? null : mailbox.organizationId();
        login.address = address.length() > 254 ? address.substring(0, 254) : address;
        login.clientAddress = clientAddress;
        login.outcome = outcome;
        login.attemptedAt = now;
        return login;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }
}
