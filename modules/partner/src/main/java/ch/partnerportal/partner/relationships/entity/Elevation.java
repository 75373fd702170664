package ch.partnerportal.partner.relationships.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ElevationRequest;
import ch.partnerportal.partner.api.PartnerError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Just-in-time elevation: one partner user acting for a client with a limited access asks for more
 * (named products, whole categories, or full access) for a few hours, with a reason; the client's
 * legal representative approves or refuses it. Approved, it adds to what that user reaches from the
 * moment of the approval for the hours asked, then ends by itself; the client or the user may end it
 * sooner. A request nobody answers lapses after {@link #ANSWER_WITHIN}. Its time, not a run, decides
 * when it holds: the run only records what time already decided.
 */
@Entity
@Table(name = "partner_elevation")
@NamedQuery(name = "Elevation.approvedOf", query = "select e from Elevation e where e.relationshipId = :relationship "
        + "and e.accountId = :account and e.status = :approved and e.endsAt > :now")
@NamedQuery(name = "Elevation.open", query = "select e from Elevation e where e.openKey = :key")
@NamedQuery(name = "Elevation.ofClient", query = "select e from Elevation e "
        + "where e.clientOrganizationId = :client order by e.requestedAt desc, e.id")
@NamedQuery(name = "Elevation.ofRequester", query = "select e from Elevation e "
        + "where e.clientOrganizationId = :client and e.accountId = :account order by e.requestedAt desc, e.id")
@NamedQuery(name = "Elevation.unrecorded", query = "select e.id from Elevation e where e.endAudited = false "
        + "and ((e.status = :pending and e.answerBy <= :now) or (e.status = :approved and e.endsAt <= :now))")
public class Elevation {

    public static final int MAX_HOURS = ElevationRequest.MAX_HOURS;
    /** A request nobody answered by then lapses: what it was wanted for has passed. */
    public static final Duration ANSWER_WITHIN = Duration.ofHours(24);
    public static final int REASON_LENGTH = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "relationship_id", nullable = false, length = 36, updatable = false)
    private String relationshipId;

    @Column(name = "partner_organization_id", nullable = false, length = 36, updatable = false)
    private String partnerOrganizationId;

    @Column(name = "client_organization_id", nullable = false, length = 36, updatable = false)
    private String clientOrganizationId;

    @Column(name = "account_id", nullable = false, length = 36, updatable = false)
    private String accountId;

    @Column(name = "requested_by", nullable = false, length = 254, updatable = false)
    private String requestedBy;

    @Column(name = "open_key", length = 73)
    private String openKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ElevationStatus status;

    @Column(name = "requested_full", nullable = false, updatable = false)
    private boolean requestedFull;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_elevation_item", joinColumns = @JoinColumn(name = "elevation_id"))
    private List<ScopeItem> items = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private int hours;

    @Column(nullable = false, length = REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "answer_by", nullable = false, updatable = false)
    private Instant answerBy;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_note", length = Relationship.NOTE_LENGTH)
    private String answerNote;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 254)
    private String endedBy;

    @Column(name = "end_audited", nullable = false)
    private boolean endAudited;

    protected Elevation() {
    }

    /**
     * @param asked checked by the caller against the client's products; whole categories may stand for
     *              products the partner user cannot see
     */
    public static Elevation asked(Relationship relationship, String accountId, String loginId, Access asked,
                                  int hours, String reason, Instant now) throws Refusal {
        if (asked.billingEntrusted()) {
            throw new Refusal(PartnerError.BILLING_NEEDS_FULL_ACCESS);
        }
        if (hours < 1 || hours > MAX_HOURS) {
            throw new Refusal(PartnerError.ELEVATION_HOURS, MAX_HOURS);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new Refusal(PartnerError.ELEVATION_REASON, REASON_LENGTH);
        }
        Elevation elevation = new Elevation();
        elevation.id = UUID.randomUUID().toString();
        elevation.relationshipId = relationship.id();
        elevation.partnerOrganizationId = relationship.partnerOrganizationId();
        elevation.clientOrganizationId = relationship.clientOrganizationId();
        elevation.accountId = Objects.requireNonNull(accountId);
        elevation.requestedBy = loginId;
        elevation.openKey = openKey(relationship.id(), accountId);
        elevation.status = ElevationStatus.PENDING;
        Access checked = asked.checked(false);
        elevation.requestedFull = checked.full();
        elevation.items = new ArrayList<>(checked.items());
        elevation.hours = hours;
        elevation.reason = why;
        elevation.requestedAt = now;
        elevation.answerBy = now.plus(ANSWER_WITHIN);
        return elevation;
    }

    public static String openKey(String relationshipId, String accountId) {
        return relationshipId + ":" + accountId;
    }

    /** Where it stands at that moment, also before the run has recorded what time decided. */
    public ElevationStatus statusAt(Instant now) {
        if (status == ElevationStatus.PENDING && !answerBy.isAfter(now)) {
            return ElevationStatus.EXPIRED;
        }
        if (status == ElevationStatus.APPROVED && !endsAt.isAfter(now)) {
            return ElevationStatus.ENDED;
        }
        return status;
    }

    /** Whether it adds to what the user reaches at that moment. */
    public boolean holdsAt(Instant now) {
        return statusAt(now) == ElevationStatus.APPROVED;
    }

    /** The client's legal representative says yes: it holds from now for the hours asked. */
    public void approve(String by, String note, Instant now) throws Refusal {
        requirePending(now);
        status = ElevationStatus.APPROVED;
        answered(by, note, now);
        endsAt = now.plus(Duration.ofHours(hours));
    }

    public void refuse(String by, String note, Instant now) throws Refusal {
        requirePending(now);
        status = ElevationStatus.REFUSED;
        answered(by, note, now);
        close();
    }

    /**
     * Ended before its time by the client or the user, or withdrawn by the user while it waits.
     *
     * @return the status it had: pending or approved
     */
    public ElevationStatus end(String by, Instant now) throws Refusal {
        ElevationStatus was = statusAt(now);
        if (was != ElevationStatus.PENDING && was != ElevationStatus.APPROVED) {
            throw new Refusal(PartnerError.ELEVATION_NOT_OPEN);
        }
        status = was == ElevationStatus.PENDING ? ElevationStatus.WITHDRAWN : ElevationStatus.ENDED;
        endedAt = now;
        endedBy = by;
        close();
        return was;
    }

    /**
     * Records what time decided: a request nobody answered expired, an approved elevation ended at its
     * hour. Once, as the open key and the audit flag are cleared together.
     *
     * @return the status recorded, or null when time decided nothing yet
     */
    public ElevationStatus lapse(Instant now) {
        ElevationStatus at = statusAt(now);
        if (at == status || endAudited) {
            return null;
        }
        if (at == ElevationStatus.ENDED) {
            endedAt = endsAt;
        }
        status = at;
        close();
        return at;
    }

    /** Frees the user's place for a new one; its end is in the trail, written by the caller now. */
    private void close() {
        openKey = null;
        endAudited = true;
    }

    private void requirePending(Instant now) throws Refusal {
        ElevationStatus at = statusAt(now);
        if (at == ElevationStatus.EXPIRED) {
            throw new Refusal(PartnerError.ELEVATION_EXPIRED);
        }
        if (at != ElevationStatus.PENDING) {
            throw new Refusal(PartnerError.ELEVATION_NOT_PENDING);
        }
    }

    private void answered(String by, String note, Instant now) throws Refusal {
        String text = note == null ? null : note.strip();
        if (text != null && text.length() > Relationship.NOTE_LENGTH) {
            throw new Refusal(PartnerError.NOTE_TOO_LONG, Relationship.NOTE_LENGTH);
        }
        answerNote = text == null || text.isEmpty() ? null : text;
        answeredBy = by;
        answeredAt = now;
    }

    /** What it adds while it holds. */
    public Access access() {
        return new Access(requestedFull, false, items);
    }

    public String id() {
        return id;
    }

    public String relationshipId() {
        return relationshipId;
    }

    public String partnerOrganizationId() {
        return partnerOrganizationId;
    }

    public String clientOrganizationId() {
        return clientOrganizationId;
    }

    public String accountId() {
        return accountId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public int hours() {
        return hours;
    }

    public String reason() {
        return reason;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant answerBy() {
        return answerBy;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answerNote() {
        return answerNote;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }
}
