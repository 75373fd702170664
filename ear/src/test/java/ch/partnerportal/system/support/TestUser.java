package ch.partnerportal.system.support;

import java.time.Duration;
import java.time.Instant;

/** A person with a Keycloak account made for one test; the login ID is the e-mail address. */
public final class TestUser {

    /** A cached token is renewed when it has less than this left, so a test always has two minutes. */
    private static final Duration MARGIN = Duration.ofSeconds(120);

    private final String email;
    private final String password;
    private final String firstName;
    private final String lastName;
    private final String keycloakId;
    private String token;
    private Instant tokenExpiry = Instant.EPOCH;

    TestUser(String email, String password, String firstName, String lastName, String keycloakId) {
        this.email = email;
        this.password = password;
        this.firstName = firstName;
        this.lastName = lastName;
        this.keycloakId = keycloakId;
    }

    /** The same person after their login password changed. */
    public TestUser withPassword(String newPassword) {
        return new TestUser(email, newPassword, firstName, lastName, keycloakId);
    }

    public String email() {
        return email;
    }

    public String password() {
        return password;
    }

    public String keycloakId() {
        return keycloakId;
    }

    /** The name the portal shows, built by Keycloak's "name" claim from first and last name. */
    public String displayName() {
        return firstName + " " + lastName;
    }

    /** A valid access token of the portal-cli client (password grant), fetched when needed. */
    public synchronized String token() {
        if (token == null || Instant.now().plus(MARGIN).isAfter(tokenExpiry)) {
            Keycloak.Token fresh = Keycloak.passwordGrant(email, password);
            token = fresh.accessToken();
            tokenExpiry = fresh.expiresAt();
        }
        return token;
    }

    @Override
    public String toString() {
        return email;
    }
}
