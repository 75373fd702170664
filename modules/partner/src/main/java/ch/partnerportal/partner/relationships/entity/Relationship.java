package ch.partnerportal.partner.relationships.entity;

import ch.partnerportal.kernel.Refusal;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partner and one of its clients (PAR-3 to PAR-5, PAR-10): the request one side sent with the
 * access it asked for, the other side's answer with the access granted (both kept, with their notes),
 * the grant's end date, and how it ended. Only the client decides what is granted: when the client
 * sends the request, it is its offer, which the partner accepts or refuses; when the partner sends
 * it, the client grants what was asked or something else.
 */
@Entity
@Table(name = "partner_relationship")
@NamedQuery(name = "Relationship.ofOrganization", query = "select r from Relationship r "
        + "where r.partnerOrganizationId = :organization or r.clientOrganizationId = :organization "
        + "order by r.requestedAt desc, r.id")
@NamedQuery(name = "Relationship.activeOfPartner", query = "select r from Relationship r "
        + "where r.partnerOrganizationId = :partner and r.status = :active")
@NamedQuery(name = "Relationship.activeOfClient", query = "select r from Relationship r "
        + "where r.clientOrganizationId = :client and r.status = :active")
@NamedQuery(name = "Relationship.openPair", query = "select r from Relationship r where r.openPair = :pair")
@NamedQuery(name = "Relationship.expiredRequests", query = "select r.id from Relationship r "
        + "where r.status = :pending and r.expiresAt <= :now")
@NamedQuery(name = "Relationship.endingGrants", query = "select r.id from Relationship r "
        + "where r.status = :active and r.grantEndsOn <= :day")
public class Relationship {

    /** PAR-5: a request nobody answers lapses. */
    public static final Duration REQUEST_VALIDITY = Duration.ofDays(30);
    public static final int NOTE_LENGTH = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "partner_organization_id", nullable = false, length = 36, updatable = false)
    private String partnerOrganizationId;

    @Column(name = "client_organization_id", nullable = false, length = 36, updatable = false)
    private String clientOrganizationId;

    /** {@code <partner>:<client>} while pending or active, else empty: a unique column. */
    @Column(name = "open_pair", length = 73)
    private String openPair;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationshipStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Side initiator;

    @Column(name = "requested_by", nullable = false, length = 254, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "requested_full", nullable = false, updatable = false)
    private boolean requestedFull;

    @Column(name = "requested_billing", nullable = false, updatable = false)
    private boolean requestedBilling;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_requested_item", joinColumns = @JoinColumn(name = "relationship_id"))
    private List<ScopeItem> requestedItems = new ArrayList<>();

    @Column(name = "request_note", length = NOTE_LENGTH, updatable = false)
    private String requestNote;

    @Column(name = "granted_full", nullable = false)
    private boolean grantedFull;

    @Column(name = "granted_billing", nullable = false)
    private boolean grantedBilling;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_granted_item", joinColumns = @JoinColumn(name = "relationship_id"))
    private List<ScopeItem> grantedItems = new ArrayList<>();

    @Column(name = "granted", nullable = false)
    private boolean granted;

    @Column(name = "answer_note", length = NOTE_LENGTH)
    private String answerNote;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "grant_ends_on")
    private LocalDate grantEndsOn;

    @Column(name = "access_changed_at")
    private Instant accessChangedAt;

    /** The last reminder of the grant's end sent: 14 or 3 (days before), or null. */
    @Column(name = "reminded_days")
    private Integer remindedDays;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 254)
    private String endedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by_side", length = 10)
    private Side endedBySide;

    protected Relationship() {
    }

    /** PAR-3: a partner asks a client for access (a whole category may stand for products it cannot see). */
    public static Relationship requestedByPartner(String partnerOrganizationId, String clientOrganizationId,
                                                  Access asked, String note, String by, Instant now) throws Refusal {
        Relationship relationship = sent(partnerOrganizationId, clientOrganizationId, Side.PARTNER, asked.checked(false),
                note, by, now);
        return relationship;
    }

    /** PAR-4: a client authorizes a partner: what it offers is what it grants, if the partner accepts. */
    public static Relationship offeredByClient(String partnerOrganizationId, String clientOrganizationId, Access offer,
                                               LocalDate endsOn, String note, String by, Instant now, LocalDate today)
            throws Refusal {
        Relationship relationship = sent(partnerOrganizationId, clientOrganizationId, Side.CLIENT, offer.checked(true),
                note, by, now);
        relationship.grant(offer, endsOn, today);
        return relationship;
    }

    private static Relationship sent(String partner, String client, Side initiator, Access asked, String note, String by,
                                     Instant now) throws Refusal {
        if (partner.equals(client)) {
            throw new Refusal(PartnerError.SELF_RELATIONSHIP);
        }
        Relationship relationship = new Relationship();
        relationship.id = UUID.randomUUID().toString();
        relationship.partnerOrganizationId = partner;
        relationship.clientOrganizationId = client;
        relationship.openPair = pair(partner, client);
        relationship.status = RelationshipStatus.PENDING;
        relationship.initiator = initiator;
        relationship.requestedBy = by;
        relationship.requestedAt = now;
        relationship.sentAt = now;
        relationship.expiresAt = now.plus(REQUEST_VALIDITY);
        relationship.requestedFull = asked.full();
        relationship.requestedBilling = asked.billingEntrusted();
        relationship.requestedItems = new ArrayList<>(asked.items());
        relationship.requestNote = note(note);
        return relationship;
    }

    /** The pair's key while open, else null. */
    public String openPairKey() {
        return openPair;
    }

    public static String pair(String partnerOrganizationId, String clientOrganizationId) {
        return partnerOrganizationId + ":" + clientOrganizationId;
    }

    /**
     * The other side's yes. The client answers with what it grants (nothing given: what was asked, when
     * that names every product or is full access); the partner accepts the client's offer as it is.
     */
    public void accept(Side side, Access grant, LocalDate endsOn, String note, String by, Instant now, LocalDate today)
            throws Refusal {
        requireAnswerable(side, now);
        if (side == Side.CLIENT) {
            grant(grant != null ? grant.checked(true) : requested().checked(true), endsOn, today);
        } else if (grant != null) {
            throw new Refusal(PartnerError.ONLY_CLIENT_GRANTS);
        }
        status = RelationshipStatus.ACTIVE;
        answered(note, by, now);
    }

    public void refuse(Side side, String note, String by, Instant now) throws Refusal {
        requireAnswerable(side, now);
        status = RelationshipStatus.REFUSED;
        openPair = null;
        answered(note, by, now);
    }

    /** PAR-5: the sender sends it again, for another 30 days. */
    public void resend(Side side, Instant now) throws Refusal {
        requireSenderPending(side, now);
        sentAt = now;
        expiresAt = now.plus(REQUEST_VALIDITY);
    }

    /** PAR-5: the sender takes it back. */
    public void withdraw(Side side, String by, Instant now) throws Refusal {
        requireSenderPending(side, now);
        status = RelationshipStatus.WITHDRAWN;
        openPair = null;
        endedAt = now;
        endedBy = by;
        endedBySide = side;
    }

    /** The daily run: a request nobody answered lapses and frees the pair for a new one. */
    public boolean expireIfDue(Instant now) {
        if (status == RelationshipStatus.PENDING && !expiresAt.isAfter(now)) {
            status = RelationshipStatus.EXPIRED;
            openPair = null;
            return true;
        }
        return false;
    }

    /** The client changes what it grants at any moment (PAR-4); the partner is told. */
    public void changeAccess(Access grant, LocalDate endsOn, String by, Instant now, LocalDate today) throws Refusal {
        requireActive(today);
        grant(grant.checked(true), endsOn, today);
        accessChangedAt = now;
        answeredBy = by;
    }

    /** The client renews a grant that carries an end date in one step: a later end, or none. */
    public void renew(LocalDate endsOn, String by, Instant now, LocalDate today) throws Refusal {
        requireActive(today);
        if (endsOn != null && !endsOn.isAfter(today)) {
            throw new Refusal(PartnerError.GRANT_END_PAST);
        }
        grantEndsOn = endsOn;
        remindedDays = null;
        accessChangedAt = now;
        answeredBy = by;
    }

    /**
     * The reminder of the grant's end due today, 14 or 3 (days before it ends), or null: each is sent
     * once, and a grant given less than 3 days before its end gets the 3-day one only.
     */
    public Integer reminderDue(LocalDate today) {
        if (status != RelationshipStatus.ACTIVE || grantEndsOn == null || !grantEndsOn.isAfter(today)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(today, grantEndsOn);
        if (days <= 3 && (remindedDays == null || remindedDays > 3)) {
            return 3;
        }
        if (days <= 14 && remindedDays == null) {
            return 14;
        }
        return null;
    }

    public void reminded(int daysBefore) {
        remindedDays = daysBefore;
    }

    /** The grant ends by itself on its end date: from that day the partner reaches nothing. */
    public boolean endIfGrantOver(Instant now, LocalDate today) {
        if (status == RelationshipStatus.ACTIVE && grantEndsOn != null && !grantEndsOn.isAfter(today)) {
            status = RelationshipStatus.ENDED;
            openPair = null;
            endedAt = now;
            return true;
        }
        return false;
    }

    /** A request past its 30 days, or a grant at its end date, recorded as such; false when it holds. */
    public boolean lapse(Instant now, LocalDate today) {
        return expireIfDue(now) || endIfGrantOver(now, today);
    }

    /** Whether the partner acts on the client now: accepted, and its grant not at its end date. */
    public boolean activeOn(LocalDate today) {
        return status == RelationshipStatus.ACTIVE && (grantEndsOn == null || grantEndsOn.isAfter(today));
    }

    /** PAR-10: either side stops it (the facade has checked the password). */
    public void end(Side side, String by, Instant now, LocalDate today) throws Refusal {
        requireActive(today);
        status = RelationshipStatus.ENDED;
        openPair = null;
        endedAt = now;
        endedBy = by;
        endedBySide = side;
    }

    /** Whether a pending request may still be answered: expiry is decided at the moment, not by the daily run. */
    public boolean expired(Instant now) {
        return status == RelationshipStatus.EXPIRED || status == RelationshipStatus.PENDING && !expiresAt.isAfter(now);
    }

    private void grant(Access access, LocalDate endsOn, LocalDate today) throws Refusal {
        if (endsOn != null && !endsOn.isAfter(today)) {
            throw new Refusal(PartnerError.GRANT_END_PAST);
        }
        granted = true;
        grantedFull = access.full();
        grantedBilling = access.billingEntrusted();
        grantedItems = new ArrayList<>(access.items());
        grantEndsOn = endsOn;
    }

    private void answered(String note, String by, Instant now) throws Refusal {
        answerNote = note(note);
        answeredBy = by;
        answeredAt = now;
    }

    private void requireAnswerable(Side side, Instant now) throws Refusal {
        requirePending(now);
        if (side == initiator) {
            throw new Refusal(PartnerError.ANSWER_BY_OTHER_SIDE);
        }
    }

    private void requireSenderPending(Side side, Instant now) throws Refusal {
        requirePending(now);
        if (side != initiator) {
            throw new Refusal(PartnerError.ONLY_SENDER);
        }
    }

    private void requirePending(Instant now) throws Refusal {
        if (expired(now)) {
            throw new Refusal(PartnerError.REQUEST_EXPIRED, expiresAt.toString().substring(0, 10));
        }
        if (status != RelationshipStatus.PENDING) {
            throw new Refusal(PartnerError.REQUEST_NOT_PENDING);
        }
    }

    private void requireActive(LocalDate today) throws Refusal {
        if (!activeOn(today)) {
            throw new Refusal(PartnerError.RELATIONSHIP_NOT_ACTIVE);
        }
    }

    private static String note(String text) throws Refusal {
        String note = text == null ? null : text.strip();
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new Refusal(PartnerError.NOTE_TOO_LONG, NOTE_LENGTH);
        }
        return note == null || note.isEmpty() ? null : note;
    }

    public Access requested() {
        return new Access(requestedFull, requestedBilling, requestedItems);
    }

    /** What is granted; empty access before the client granted anything. */
    public Access grantedAccess() {
        return granted ? new Access(grantedFull, grantedBilling, grantedItems) : null;
    }

    /** The side an organization is on, or null when it is neither. */
    public Side sideOf(String organizationId) {
        return partnerOrganizationId.equals(organizationId) ? Side.PARTNER
                : clientOrganizationId.equals(organizationId) ? Side.CLIENT : null;
    }

    public String organizationOn(Side side) {
        return side == Side.PARTNER ? partnerOrganizationId : clientOrganizationId;
    }

    public String id() {
        return id;
    }

    public String partnerOrganizationId() {
        return partnerOrganizationId;
    }

    public String clientOrganizationId() {
        return clientOrganizationId;
    }

    public RelationshipStatus status() {
        return status;
    }

    /** Shown as expired, or ended, from the moment it lapses, before the daily run records it. */
    public RelationshipStatus statusAt(Instant now, LocalDate today) {
        if (expired(now)) {
            return RelationshipStatus.EXPIRED;
        }
        return status == RelationshipStatus.ACTIVE && !activeOn(today) ? RelationshipStatus.ENDED : status;
    }

    public Side initiator() {
        return initiator;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String requestNote() {
        return requestNote;
    }

    public String answerNote() {
        return answerNote;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public LocalDate grantEndsOn() {
        return grantEndsOn;
    }

    public Instant accessChangedAt() {
        return accessChangedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public Side endedBySide() {
        return endedBySide;
    }
}
