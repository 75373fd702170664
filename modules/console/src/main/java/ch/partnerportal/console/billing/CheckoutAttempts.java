package ch.partnerportal.console.billing;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The idempotency key of the current checkout attempt of each order, for this browser session. The
 * checkout page keeps its key in the view; it takes it from here so that reloading the page, or
 * opening the order again, continues the same attempt (a waiting payment is asked about, never paid
 * again). A new key is drawn when an attempt ended without paying: declined, refused, or answered
 * with a transfer's pro-forma (paying another way is a new attempt).
 */
@SessionScoped
public class CheckoutAttempts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> keys = new ConcurrentHashMap<>();

    public String keyFor(String orderId) {
        return keys.computeIfAbsent(orderId, id -> UUID.randomUUID().toString());
    }

    public String next(String orderId) {
        String key = UUID.randomUUID().toString();
        keys.put(orderId, key);
        return key;
    }
}
