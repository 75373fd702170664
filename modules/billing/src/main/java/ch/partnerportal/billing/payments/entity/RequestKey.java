package ch.partnerportal.billing.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an idempotency key was first used for: one key is one request, as at a payment provider. The
 * same key may repeat that request (the same operation on the same target with the same body), never
 * start another one, until it expires.
 */
@Entity
@Table(name = "request_key")
public class RequestKey {

    @Id
    @Column(length = 140)
    private String id;

    /** Whose keys these are: an organization's id, or {@code platform} for the provider's staff. */
    @Column(nullable = false, length = 36, updatable = false)
    private String scope;

    @Column(name = "request_key", nullable = false, length = 100, updatable = false)
    private String requestKey;

    @Column(nullable = false, length = 30, updatable = false)
    private String operation;

    @Column(nullable = false, length = 80, updatable = false)
    private String target;

    /** SHA-256 of the request's body as it matters for the operation. */
    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RequestKey() {
    }

    public RequestKey(String scope, String requestKey, String operation, String target, String fingerprint,
                      Instant now) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.requestKey = Objects.requireNonNull(requestKey, "requestKey");
        this.id = id(scope, requestKey);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.target = Objects.requireNonNull(target, "target");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public static String id(String scope, String requestKey) {
        return scope + "/" + requestKey;
    }

    /** The same request again: same operation, same target, same body. */
    public boolean isSameRequest(String otherOperation, String otherTarget, String otherFingerprint) {
        return operation.equals(otherOperation) && target.equals(otherTarget) && fingerprint.equals(otherFingerprint);
    }

    public boolean isExpired(Duration lifetime, Instant now) {
        return createdAt.plus(lifetime).isBefore(now);
    }
}
