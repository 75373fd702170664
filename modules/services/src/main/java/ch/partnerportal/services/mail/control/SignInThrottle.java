package ch.partnerportal.services.mail.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many failed sign-ins a mailbox and a client may have: {@value #PER_ADDRESS} per address and
 * {@value #PER_CLIENT} per client address in {@value #WINDOW_MINUTES} minutes, refilled gradually
 * (token buckets, Bucket4j). Only failures count, so a mailbox in use is never slowed. Held per server:
 * with several servers the limits add up, which still stops guessing.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int PER_ADDRESS = 10;
    static final int PER_CLIENT = 100;
    static final int WINDOW_MINUTES = 15;
    /** Forgets all counts rather than grow without bound under a spray of invented addresses. */
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    public boolean allows(String address, String client) {
        return bucket(addresses, address, PER_ADDRESS).getAvailableTokens() > 0
                && (client == null || bucket(clients, client, PER_CLIENT).getAvailableTokens() > 0);
    }

    public void failed(String address, String client) {
        bucket(addresses, address, PER_ADDRESS).tryConsume(1);
        if (client != null) {
            bucket(clients, client, PER_CLIENT).tryConsume(1);
        }
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity)
                        .refillGreedy(capacity, Duration.ofMinutes(WINDOW_MINUTES)).build())
                .build());
    }
}
