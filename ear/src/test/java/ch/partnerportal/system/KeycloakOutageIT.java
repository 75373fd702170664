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
import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static ch.partnerportal.system.support.Portal.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's database is the source of truth: a membership change made while Keycloak is down is
 * kept in the outbox and reaches Keycloak once it is back.
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
        String groups = "/organizations/" + org + "/";
        await("first projection").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    assertThat(Keycloak.projectedMembers(org)).contains(promoted.email(), removed.email());
                    assertThat(Keycloak.groupPaths(promoted)).contains(groups + "collaborator");
                    assertThat(Keycloak.groupPaths(removed)).contains(groups + "external");
                });
        Api asOwner = Api.as(owner);
        owner.token(); // valid for at least two more minutes: Keycloak cannot issue one while it is down

        try {
            Keycloak.stop();
            assertThat(Keycloak.isReady()).isFalse();

            Http.Reply promotion = asOwner.patch(users(org) + "/" + promotedId, Map.of("role", "administrator"));
            assertThat(promotion.status()).as("the API while Keycloak is down: " + promotion).isEqualTo(200);
            assertThat(asOwner.delete(users(org) + "/" + removedId).status()).isEqualTo(204);
            assertThat(members(owner, org)).extracting(m -> m.path("email").asText())
                    .containsExactlyInAnyOrder(owner.email(), promoted.email());
        } finally {
            Keycloak.start();
        }

        await("projection after Keycloak is back").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
                    assertThat(Keycloak.projectedMembers(org)).containsExactlyInAnyOrder(owner.email(), promoted.email());
                    assertThat(Keycloak.groupPaths(promoted)).contains(groups + "administrator")
                            .doesNotContain(groups + "collaborator");
                    assertThat(Keycloak.groupPaths(removed)).noneMatch(path -> path.startsWith(groups));
                });
        ok(asOwner.get(users(org) + "/" + promotedId), 200);
    }
}
