package ch.partnerportal.partner.applications.entity;

import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ApplicationView;
import ch.partnerportal.partner.api.PartnerError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An organization's application to the partner programme (PAR-1) and, once approved, its partnership:
 * what the applicant declared (register number, website, the reseller conditions' version it accepted
 * and when, the yearly volume it commits to when what it manages is below the threshold), what the
 * portal computed then, the platform administrator's decision with its reason, and the yearly reviews.
 */
@Entity
@Table(name = "partner_application")
@NamedQuery(name = "PartnerApplication.latestOf",
        query = "select a from PartnerApplication a where a.organizationId = :organization order by a.appliedAt desc")
@NamedQuery(name = "PartnerApplication.open",
        query = "select a from PartnerApplication a where a.openFor = :organization")
public class PartnerApplication {

    public static final int REASON_LENGTH = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(name = "open_for", length = 36)
    private String openFor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "register_country", nullable = false, length = 2, updatable = false)
    private String registerCountry;

    @Column(name = "register_number", nullable = false, length = 40, updatable = false)
    private String registerNumber;

    @Column(nullable = false, length = Website.MAX_LENGTH, updatable = false)
    private String website;

    @Column(name = "conditions_version", nullable = false, length = 20, updatable = false)
    private String conditionsVersion;

    @Column(name = "conditions_accepted_at", nullable = false, updatable = false)
    private Instant conditionsAcceptedAt;

    @Column(name = "applicant_account_id", nullable = false, length = 36, updatable = false)
    private String applicantAccountId;

    @Column(name = "applicant_login", nullable = false, length = 254, updatable = false)
    private String applicantLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Currency currency;

    @Column(name = "managed_value", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal managedValue;

    @Column(name = "committed_value", precision = 19, scale = 2, updatable = false)
    private BigDecimal committedValue;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decision_reason", length = REASON_LENGTH)
    private String decisionReason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 254)
    private String endedBy;

    @Column(name = "end_reason", length = REASON_LENGTH)
    private String endReason;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_value", precision = 19, scale = 2)
    private BigDecimal reviewedValue;

    @Column(name = "grace_until")
    private Instant graceUntil;

    protected PartnerApplication() {
    }

    /**
     * PAR-1: below the threshold an organization applies with the yearly volume it commits to, at least
     * the threshold; above it a commitment is not needed and is kept if given.
     *
     * @param committed the yearly volume committed to, in the organization's currency, or null
     */
    public static PartnerApplication submitted(String organizationId, RegisterNumber register, Website website,
                                               String conditionsVersion, String applicantAccountId,
                                               String applicantLogin, Money managedValue, Money committed,
                                               Instant now) throws Refusal {
        Money threshold = Threshold.of(managedValue.currency());
        if (!Threshold.met(managedValue) && (committed == null || committed.compareTo(threshold) < 0)) {
            throw new Refusal(PartnerError.COMMITMENT_REQUIRED, managedValue, threshold);
        }
        PartnerApplication application = new PartnerApplication();
        application.id = UUID.randomUUID().toString();
        application.organizationId = organizationId;
        application.openFor = organizationId;
        application.status = ApplicationStatus.PENDING;
        application.registerCountry = register.country();
        application.registerNumber = register.number();
        application.website = website.url();
        application.conditionsVersion = conditionsVersion;
        application.conditionsAcceptedAt = now;
        application.applicantAccountId = applicantAccountId;
        application.applicantLogin = applicantLogin;
        application.currency = managedValue.currency();
        application.managedValue = managedValue.amount();
        application.committedValue = committed == null ? null : committed.amount();
        application.appliedAt = now;
        return application;
    }

    /** A yearly amount as typed ({@link Money#parse}): positive, at most two decimals. */
    public static Money committed(String text, Currency currency) throws Refusal {
        if (text == null || text.isBlank()) {
            return null;
        }
        Money.Parsed parsed = Money.parse(text, currency);
        if (parsed.value() == null || parsed.value().amount().signum() <= 0) {
            throw new Refusal(PartnerError.AMOUNT_INVALID);
        }
        return parsed.value();
    }

    public void approve(String administrator, String reason, Instant now) throws Refusal {
        decide(ApplicationStatus.APPROVED, administrator, reason, now);
    }

    public void refuse(String administrator, String reason, Instant now) throws Refusal {
        decide(ApplicationStatus.REFUSED, administrator, reason, now);
        openFor = null;
    }

    public void withdraw(String applicant, Instant now) throws Refusal {
        requirePending();
        status = ApplicationStatus.WITHDRAWN;
        endedAt = now;
        endedBy = applicant;
        openFor = null;
    }

    /** The partnership ends: its members lose the partner role. */
    public void revoke(String administrator, String reason, Instant now) throws Refusal {
        if (status != ApplicationStatus.APPROVED) {
            throw new Refusal(PartnerError.NOT_A_PARTNER);
        }
        status = ApplicationStatus.REVOKED;
        endedAt = now;
        endedBy = administrator;
        endReason = requireReason(reason);
        openFor = null;
    }

    /**
     * The yearly review (PAR-1): a partner below the threshold is given until the end of the grace
     * period, counted from the first review that found it below; one back above it is cleared.
     *
     * @return whether this review found it below the threshold for the first time
     */
    public boolean reviewed(Money value, Duration grace, Instant now) {
        reviewedAt = now;
        reviewedValue = value.amount();
        if (Threshold.met(value)) {
            graceUntil = null;
            return false;
        }
        if (graceUntil == null) {
            graceUntil = now.plus(grace);
            return true;
        }
        return false;
    }

    /** Reviewed once a year: from its approval, then from its last review. */
    public boolean dueForReview(Instant now) {
        Instant last = reviewedAt != null ? reviewedAt : decidedAt;
        return status == ApplicationStatus.APPROVED && last != null && !last.plus(Duration.ofDays(365)).isAfter(now);
    }

    private void decide(ApplicationStatus decision, String administrator, String reason, Instant now) throws Refusal {
        requirePending();
        String why = requireReason(reason);
        status = decision;
        decidedAt = now;
        decidedBy = administrator;
        decisionReason = why;
    }

    private void requirePending() throws Refusal {
        if (status != ApplicationStatus.PENDING) {
            throw new Refusal(PartnerError.APPLICATION_NOT_PENDING);
        }
    }

    private static String requireReason(String reason) throws Refusal {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new Refusal(PartnerError.REASON_REQUIRED, REASON_LENGTH);
        }
        return why;
    }

    public ApplicationView view(String organizationName) {
        return new ApplicationView(id, organizationId, organizationName, status.slug(), registerCountry, registerNumber,
                website, conditionsVersion, conditionsAcceptedAt, applicantLogin, money(managedValue),
                committedValue == null ? null : money(committedValue), Threshold.of(currency), appliedAt, decidedAt,
                decidedBy, decisionReason, endedAt, endReason, reviewedAt,
                reviewedValue == null ? null : money(reviewedValue), graceUntil);
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, currency);
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String applicantAccountId() {
        return applicantAccountId;
    }

    public String applicantLogin() {
        return applicantLogin;
    }

    public Currency currency() {
        return currency;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant graceUntil() {
        return graceUntil;
    }
}
