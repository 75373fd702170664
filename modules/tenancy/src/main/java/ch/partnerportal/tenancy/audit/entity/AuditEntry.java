package ch.partnerportal.tenancy.audit.entity;

import ch.partnerportal.tenancy.api.AuditEntryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an organization's audit trail; written once, never changed after its transaction: what
 * the change found and left ({@link #found}) is added by the facade that made it, in the same one.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The kind of actor for changes made in the identity provider's own console. */
    public static final String IDENTITY_ADMINISTRATOR = "identity-administrator";

    /** The kind of actor for a partner's user acting for the organization (PAR-4, PAR-5). */
    public static final String PARTNER = "partner";

    /** The kind of actor for a member deciding about a partner's user: an elevation approved, refused, ended. */
    public static final String MEMBER = "member";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organization_id", nullable = false, length = 36)
    private String organizationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "actor_kind", nullable = false, length = 30)
    private String actorKind;

    @Column(nullable = false, length = 300)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 254)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String detail;

    @Column(name = "before_value", length = 1000)
    private String before;

    @Column(name = "after_value", length = 1000)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(String organizationId, Instant at, String actorKind, String actor, String action,
                      String subject, String detail) {
        this.id = UUID.randomUUID().toString();
        this.organizationId = organizationId;
        this.at = at;
        this.actorKind = actorKind;
        this.actor = cut(actor, 300);
        this.action = action;
        this.subject = cut(subject, 254);
        this.detail = cut(detail, 1000);
    }

    /** What the change found and what it left, each null when there was nothing (a record added, removed). */
    public void found(String before, String after) {
        this.before = before == null ? null : cut(before, 1000);
        this.after = after == null ? null : cut(after, 1000);
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public AuditEntryView view() {
        return new AuditEntryView(at, actorKind, actor, action, subject, detail, before, after);
    }
}
