package ch.partnerportal.system;

import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm's protection of people's accounts, as a provider sets it: a password policy (12 characters
 * at least, not the user name or e-mail, none of 30,000 common passwords), e-mail verification on
 * self-registration, brute-force protection.
 */
class KeycloakRealmIT {

    @Test
    void aPasswordThatIsShortCommonOrTheAddressIsRefused() {
        TestUser user = Keycloak.createUser();
        for (String weak : new String[] {"Short-2026!", "password1234", "qwertyuiop123", user.email(),
                user.email().toUpperCase()}) {
            Http.Reply reply = resetPassword(user, weak);
            assertThat(reply.status()).as("%s: %s", weak, reply).isEqualTo(400);
        }
        assertThat(resetPassword(user, "Rather-Long-Unusual-2026").status()).isEqualTo(204);
        assertThat(Keycloak.passwordGrant(user.email(), "Rather-Long-Unusual-2026")).isNotNull();
    }

    @Test
    void selfRegisteredAddressesAreVerifiedAndGuessingIsSlowedDown() {
        Http.Reply realm = Keycloak.admin("GET", "", null);
        assertThat(realm.status()).as(realm.toString()).isEqualTo(200);
        JsonNode settings = realm.json();
        assertThat(settings.path("verifyEmail").asBoolean()).isTrue();
        assertThat(settings.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(settings.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(settings.path("passwordPolicy").asText()).contains("length(12)", "notUsername", "notEmail",
                "passwordBlacklist(common-passwords.txt)");
        assertThat(settings.path("smtpServer").path("port").asText()).as("the import resolved the placeholder")
                .matches("\\d+");
    }

    private static Http.Reply resetPassword(TestUser user, String password) {
        return Keycloak.admin("PUT", "/users/" + user.keycloakId() + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
    }
}
