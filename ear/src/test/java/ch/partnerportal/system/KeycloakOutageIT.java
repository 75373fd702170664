package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;

import static ch.partnerportal.system.support.Portal.accountId;
import static ch.partnerportal.system.support.Portal.join;
import static ch.partnerportal.system.support.Portal.members;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static ch.partnerportal.system.support.Portal.problem;
import static ch.partnerportal.system.support.Portal.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's database is the source of truth: a membership change made while Keycloak is down is
 * kept in the outbox and reaches Keycloak once it is back. Tokens issued before the outage still
 * work, since the portal validates them with the keys it fetched before.
 */
@ExtendWith(Mailbox.class)
class KeycloakOutageIT {

    @AfterAll
    static void keycloakRunsAgain() {
        if (!Keycloak.isReady()) {
            Keycloak.start();
        }
    }

    @Test
    void aMembershipChangeMadeWhileKeycloakIsDownReachesItLater() {
        TestUser owner = Keycloak.createUser();
        String org = ownOrganization(owner);
        TestUser promoted = join(owner, org, "collaborator");
        TestUser removed = join(owner, org, "external");
        String promotedId = accountId(owner, org, promoted);
        String removedId = accountId(owner, org, removed);
        await("projection before the outage").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> Keycloak.assertProjected(org, Map.of(owner, "legal-representative",
                        promoted, "collaborator", removed, "external")));
        Api asOwner = Api.as(owner);
        owner.token(); // valid for two more minutes at least: Keycloak issues none while it is down

        try {
            Keycloak.stop();
            assertThat(Keycloak.isReady()).isFalse();

            Http.Reply promotion = asOwner.patch(users(org) + "/" + promotedId, Map.of("role", "administrator"));
            assertThat(promotion.status()).as("the API while Keycloak is down: " + promotion).isEqualTo(200);
            Http.Reply removal = asOwner.delete(users(org) + "/" + removedId);
            assertThat(removal.status()).as("the API while Keycloak is down: " + removal).isEqualTo(204);
            assertThat(members(owner, org)).extracting(m -> m.path("email").asText())
                    .containsExactlyInAnyOrder(owner.email(), promoted.email());
            problem(Api.anonymous().get(users(org)), 401, "API-002");
        } finally {
            Keycloak.start();
        }

        await("projection after Keycloak is back").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> Keycloak.assertProjected(org, Map.of(owner, "legal-representative",
                        promoted, "administrator"), removed));
    }
}
