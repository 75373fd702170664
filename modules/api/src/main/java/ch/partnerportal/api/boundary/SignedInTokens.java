package ch.partnerportal.api.boundary;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens whose holder was signed in already (its account found or registered, ORG-1
 * applied): a sign-in belongs to a login, not to every request, and a token is one login. Kept until
 * the token expires, at most {@link #MOST} at a time (the expired are forgotten first, then all: the
 * next request of each signs in again, which is harmless).
 */
final class SignedInTokens {

    static final int MOST = 20_000;

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    /** True the first time a token is seen within its lifetime: its holder is to be signed in. */
    boolean firstUse(String tokenId, Instant now) {
        Instant known = expiries.get(tokenId);
        if (known != null && known.isAfter(now)) {
            return false;
        }
        if (expiries.size() >= MOST) {
            expiries.values().removeIf(expiry -> !expiry.isAfter(now));
            if (expiries.size() >= MOST) {
                expiries.clear();
            }
        }
        return true;
    }

    /** The holder was signed in: later requests with the token skip it. */
    void signedIn(String tokenId, Instant expiresAt) {
        expiries.put(tokenId, expiresAt);
    }
}
