package ch.partnerportal.billing.payments.entity;

import ch.partnerportal.billing.api.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment profile the provider saved for an organization (PAY-5: Twint after a first payment), so
 * later payments and automatic renewals (REN-2) need no app confirmation. One per method: a newer
 * payment replaces the profile.
 */
@Entity
@Table(name = "payment_profile")
public class PaymentProfile {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20, updatable = false)
    private PaymentMethod method;

    /** The provider's token; never shown, only passed back to the provider. */
    @Column(nullable = false, length = 100)
    private String token;

    /** What the customer recognizes it by, e.g. "Twint •••• 4567". */
    @Column(nullable = false, length = 60)
    private String label;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected PaymentProfile() {
    }

    public static PaymentProfile save(String organizationId, PaymentMethod method, String token, String label,
                                      Instant now) {
        PaymentProfile profile = new PaymentProfile();
        profile.id = UUID.randomUUID().toString();
        profile.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        profile.method = Objects.requireNonNull(method, "method");
        profile.replace(token, label, now);
        return profile;
    }

    public void replace(String token, String label, Instant now) {
        this.token = Objects.requireNonNull(token, "token");
        this.label = label.length() > 60 ? label.substring(0, 60) : label;
        this.savedAt = Objects.requireNonNull(now, "now");
    }

    public PaymentMethod method() {
        return method;
    }

    public String token() {
        return token;
    }

    public String label() {
        return label;
    }
}
