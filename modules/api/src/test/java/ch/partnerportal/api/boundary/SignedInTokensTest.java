package ch.partnerportal.api.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void ORG_1_aTokenSignsItsHolderInOnceWithinItsLifetime() {
        SignedInTokens tokens = new SignedInTokens();
        Instant expiry = NOW.plusSeconds(300);
        assertThat(tokens.firstUse("t1", NOW)).isTrue();
        assertThat(tokens.firstUse("t1", NOW)).as("not signed in yet: the sign-in failed or runs").isTrue();
        tokens.signedIn("t1", expiry);
        assertThat(tokens.firstUse("t1", NOW.plusSeconds(299))).isFalse();
        assertThat(tokens.firstUse("t1", NOW.plusSeconds(300))).as("expired: a new login").isTrue();
        assertThat(tokens.firstUse("t2", NOW)).as("another token, another login").isTrue();
    }

    @Test
    void theTokensKeptAreBounded() {
        SignedInTokens tokens = new SignedInTokens();
        for (int i = 0; i < SignedInTokens.MOST; i++) {
            tokens.signedIn("t" + i, NOW.plusSeconds(300));
        }
        assertThat(tokens.firstUse("new", NOW)).isTrue();
        assertThat(tokens.firstUse("t1", NOW)).as("forgotten to make room: signs in again")
                .isTrue();
    }
}
