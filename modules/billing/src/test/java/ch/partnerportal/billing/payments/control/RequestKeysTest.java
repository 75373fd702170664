package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.payments.entity.RequestKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RequestKeysTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void PAY_5_theSameBodyWrittenDifferentlyIsTheSameRequestAndAnotherBodyIsNot() {
        String card = RequestKeys.fingerprint("CARD", "4242 4242 4242 4242", false);
        assertThat(RequestKeys.fingerprint("card", " 4242-4242-4242-4242 ", false)).isEqualTo(card);
        assertThat(RequestKeys.fingerprint("CARD", "5555 5555 5555 4444", false)).isNotEqualTo(card);
        assertThat(RequestKeys.fingerprint("CARD", "4242 4242 4242 4242", true)).isNotEqualTo(card);
        assertThat(RequestKeys.fingerprint("CARD", null, false)).isNotEqualTo(RequestKeys.fingerprint("CARD", "", false));
        assertThat(RequestKeys.fingerprint("a", "bc")).as("parts stay apart").isNotEqualTo(RequestKeys.fingerprint("ab", "c"));
        assertThat(card).hasSize(64);
    }

    @Test
    void PAY_5_aKeyRepeatsOnlyItsOwnRequestUntilItExpires() {
        RequestKey key = new RequestKey("org-1", "k", "order-payment", "order-1", "f1", NOW);
        assertThat(key.isSameRequest("order-payment", "order-1", "f1")).isTrue();
        assertThat(key.isSameRequest("order-payment", "order-2", "f1")).as("another order").isFalse();
        assertThat(key.isSameRequest("deposit", "order-1", "f1")).as("another operation").isFalse();
        assertThat(key.isSameRequest("order-payment", "order-1", "f2")).as("another body").isFalse();
        assertThat(key.isExpired(RequestKeys.LIFETIME, NOW.plus(Duration.ofDays(30)))).isFalse();
        assertThat(key.isExpired(RequestKeys.LIFETIME, NOW.plus(Duration.ofDays(30)).plusSeconds(1))).isTrue();
        assertThat(RequestKey.id("org-1", "k")).isNotEqualTo(RequestKey.id("org-2", "k"));
    }
}
