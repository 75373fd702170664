package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;

import static ch.partnerportal.system.support.Portal.accountId;
import static ch.partnerportal.system.support.Portal.join;
import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static ch.partnerportal.system.support.Portal.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal is the source of truth and Keycloak follows it: organizations, their members and a
 * group per role (/organizations/&lt;id&gt;/&lt;role&gt;). Joining is proven in InvitationFlowIT; this
 * proves that role changes and removals follow too (KeycloakOutageIT does the same with Keycloak down).
 */
@ExtendWith(Mailbox.class)
class KeycloakProjectionIT {

    @Test
    void ORG_5_ORG_6_roleChangesAndRemovalsReachKeycloakAndItsTokens() {
        TestUser owner = Keycloak.createUser();
        String org = ownOrganization(owner);
        TestUser promoted = join(owner, org, "collaborator");
        TestUser removed = join(owner, org, "external");
        await("projection of the new members").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> Keycloak.assertProjected(org, Map.of(owner, "legal-representative",
                        promoted, "collaborator", removed, "external")));

        ok(Api.as(owner).patch(users(org) + "/" + accountId(owner, org, promoted), Map.of("role", "administrator")),
                200);
        ok(Api.as(owner).delete(users(org) + "/" + accountId(owner, org, removed)), 204);

        await("projection of the changes").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> Keycloak.assertProjected(org, Map.of(owner, "legal-representative",
                        promoted, "administrator"), removed));

        String token = Keycloak.passwordGrant(promoted.email(), Keycloak.PASSWORD).accessToken();
        assertThat(Keycloak.claims(token).path("organization_roles").toString())
                .as("a new token carries the organization and the role")
                .contains("/organizations/" + org + "/administrator")
                .doesNotContain("/organizations/" + org + "/collaborator");
    }
}
