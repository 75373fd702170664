package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.payments.entity.RequestKey;
import ch.partnerportal.kernel.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One idempotency key, one request. Each request that moves money claims its key in the transaction
 * that does the work: a first use records the operation, its target and a fingerprint of its body; a
 * repeat must match all three, anything else is refused with BIL-312 (a deposit's key cannot pay an
 * order, an order's key cannot pay another order or the same one with another card). A refused
 * request rolls its claim back with everything else, so its key stays free for the same request.
 * Keys live in the database, shared by every server, for {@link #LIFETIME}.
 */
@Dependent
public class RequestKeys {

    /** How long a key is remembered, as at the common payment providers (which keep them a day or more). */
    public static final Duration LIFETIME = Duration.ofDays(30);

    /** The scope of the keys of the provider's own staff (refunds). */
    public static final String PLATFORM = "platform";

    private static final char SEPARATOR = '\u001f';

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param scope       whose keys: the organization's id, or {@link #PLATFORM}
     * @param key         the request's key, as {@link IdempotencyKeys#require} returned it
     * @param operation   what the request does, e.g. {@code order-payment}
     * @param target      what it does it to, e.g. the order's id
     * @param fingerprint {@link #fingerprint(Object...)} of what the body asks
     * @throws Refusal BIL-312 the key was used for another request, BIL-362 the same key arrives twice at
     *                 the same time
     */
    public void claim(String scope, String key, String operation, String target, String fingerprint)
            throws Refusal {
        Instant now = clock.instant();
        RequestKey earlier = em.find(RequestKey.class, RequestKey.id(scope, key));
        if (earlier != null && !earlier.isExpired(LIFETIME, now)) {
            if (!earlier.isSameRequest(operation, target, fingerprint)) {
                throw new Refusal(BillingError.IDEMPOTENCY_KEY_REUSED);
            }
            return;
        }
        try {
            if (earlier != null) {
                em.remove(earlier);
                em.flush();
            }
            em.persist(new RequestKey(scope, key, operation, target, fingerprint, now));
            em.flush();
        } catch (PersistenceException concurrent) {
            // another request with this key got there first, in a transaction not committed when we read
            throw new Refusal(BillingError.REQUEST_IN_PROGRESS);
        }
    }

    /**
     * A digest of the parts of a request body that make it this request: trimmed, case and blanks in
     * numbers ignored ({@code 4242 4242...} is {@code 4242-4242...}).
     */
    public static String fingerprint(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part == null ? "\u0000" : part.toString().strip().replaceAll("[\\s\\-]", "")
                    .toLowerCase(Locale.ROOT)).append(SEPARATOR);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Forgets keys past their lifetime; at most {@code limit} per call. @return how many */
    public int forgetExpired(int limit) {
        Instant before = clock.instant().minus(LIFETIME);
        var expired = em.createQuery("select k from RequestKey k where k.createdAt < :before", RequestKey.class)
                .setParameter("before", before).setMaxResults(limit).getResultList();
        expired.forEach(em::remove);
        return expired.size();
    }
}
