package ch.partnerportal.identity.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One piece of work to carry out after a commit, with its retry state. */
@Entity
@Table(name = "outbox_entry")
@NamedQuery(name = "OutboxEntry.due", query = "select e from OutboxEntry e where e.status = :status "
        + "and e.nextAttemptAt <= :now order by e.background, e.createdAt")
@NamedQuery(name = "OutboxEntry.withStatus", query = "select e from OutboxEntry e where e.status = :status "
        + "order by e.setAsideAt desc, e.id")
@NamedQuery(name = "OutboxEntry.countWithStatus", query = "select count(e) from OutboxEntry e where e.status = :status")
@NamedQuery(name = "OutboxEntry.oldestDue", query = "select min(e.createdAt) from OutboxEntry e "
        + "where e.status = :status and e.background = false")
@NamedQuery(name = "OutboxEntry.pendingFor", query = "select e from OutboxEntry e where e.kind = :kind "
        + "and e.subjectKey = :subject and e.status = :status")
public class OutboxEntry {

    public static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    public static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);
    /**
     * A mail the server could not take (down, busy, 4xx) is tried this often, pauses doubling to a
     * minute: about three hours, longer than a mail server's usual outage, before it is set aside.
     */
    public static final int MAIL_ATTEMPTS = 200;
    /**
     * A mail whose address is refused for good (invalid, or a 5xx answer to the recipient) is tried
     * this often, in case the refusal was a passing misconfiguration, then set aside (a few seconds).
     */
    public static final int REFUSED_MAIL_ATTEMPTS = 3;

    public enum Kind { MAIL, KEYCLOAK_ORGANIZATION }

    /** SET_ASIDE: a mail given up on, for a platform administrator to retry or discard. */
    public enum Status { PENDING, DONE, SET_ASIDE, DISCARDED }

    @Id
    @Column(length = 36)
    private String id;

    /** Changes whenever the entry is asked for again, so that a run that read older state does not close it. */
    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    /** The recipient of a mail, or the organization to project. */
    @Column(name = "subject_key", nullable = false, length = 254)
    private String subjectKey;

    @Column(name = "mail_subject", length = 300)
    private String mailSubject;

    @Column(name = "mail_body", length = 8000)
    private String mailBody;

    @Column(length = 60)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    /** Reconciliation rather than a change someone just made: it waits behind every change. */
    @Column(nullable = false)
    private boolean background;

    /** How often the work was asked for while pending; each request bumps the version. */
    @Column(nullable = false)
    private int requests;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "set_aside_at")
    private Instant setAsideAt;

    /** The platform administrator who last retried or discarded the mail, and when. */
    @Column(name = "handled_by", length = 254)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected OutboxEntry() {
    }

    private OutboxEntry(Kind kind, String subjectKey, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.subjectKey = subjectKey;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public static OutboxEntry mail(String recipient, String subject, String body, String topic, Instant now) {
        OutboxEntry entry = new OutboxEntry(Kind.MAIL, recipient, now);
        entry.mailSubject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        entry.mailBody = body.length() > 8000 ? body.substring(0, 8000) : body;
        entry.topic = topic;
        return entry;
    }

    public static OutboxEntry organization(String organizationId, Instant now) {
        return new OutboxEntry(Kind.KEYCLOAK_ORGANIZATION, organizationId, now);
    }

    /** A projection asked for by the reconciler, not by a change. */
    public static OutboxEntry reconciliation(String organizationId, Instant now) {
        OutboxEntry entry = organization(organizationId, now);
        entry.background = true;
        return entry;
    }

    public void done(Instant now) {
        status = Status.DONE;
        doneAt = now;
        lastError = null;
    }

    /** A failure that may pass: schedules the next attempt after a pause that doubles up to {@link #LONGEST_PAUSE}. */
    public void failed(String error, Instant now) {
        failed(error, false, now);
    }

    /**
     * A failure; {@code refused} when the mail server or the address itself refuses for good. A mail
     * is set aside after its last attempt; identity projections are never given up.
     */
    public void failed(String error, boolean refused, Instant now) {
        attempts++;
        lastError = error == null || error.isBlank() ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (kind == Kind.MAIL && attempts >= (refused ? REFUSED_MAIL_ATTEMPTS : MAIL_ATTEMPTS)) {
            status = Status.SET_ASIDE;
            setAsideAt = now;
            return;
        }
        long seconds = FIRST_PAUSE.getSeconds() << Math.min(attempts - 1, 10);
        nextAttemptAt = now.plusSeconds(Math.min(seconds, LONGEST_PAUSE.getSeconds()));
    }

    /** A platform administrator sends a set-aside mail again: as many attempts as a new one. */
    public void retry(String administrator, Instant now) {
        requireSetAside();
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        handledBy = administrator;
        handledAt = now;
    }

    /** A platform administrator gives a set-aside mail up; it stays recorded, never sent. */
    public void discard(String administrator, Instant now) {
        requireSetAside();
        status = Status.DISCARDED;
        handledBy = administrator;
        handledAt = now;
    }

    private void requireSetAside() {
        if (status != Status.SET_ASIDE) {
            throw new IllegalStateException("Only a set-aside mail is retried or discarded, not a " + status + " one");
        }
    }

    public boolean isSetAside() {
        return status == Status.SET_ASIDE;
    }

    /**
     * One server takes the entry until then: it is not due for the others meanwhile, and becomes due
     * again if that server stops before finishing.
     */
    public void leaseUntil(Instant until) {
        nextAttemptAt = until;
    }

    public boolean isDue(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** A newer change to the same organization makes this entry due again at once. */
    public void dueNow(Instant now) {
        nextAttemptAt = now;
        background = false;
        requests++;
    }

    public boolean background() {
        return background;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Kind kind() {
        return kind;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String mailSubject() {
        return mailSubject;
    }

    public String mailBody() {
        return mailBody;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public String topic() {
        return topic;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant setAsideAt() {
        return setAsideAt;
    }

    public String handledBy() {
        return handledBy;
    }
}
