package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static ch.partnerportal.system.support.Portal.join;
import static ch.partnerportal.system.support.Portal.member;
import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.organization;
import static ch.partnerportal.system.support.Portal.organizationsOf;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keycloak administrators manage roles in Keycloak's own console: what they change in an
 * organization's groups is taken into the portal under the portal's rules and audited as theirs; what
 * the rules refuse is undone in Keycloak and told to them and to the legal representatives.
 */
@ExtendWith(Mailbox.class)
class KeycloakAdministrationIT {

    private static final Duration TAKEN_IN = Duration.ofSeconds(60);

    private TestUser owner;
    private String org;
    private String prefix;
    private TestUser administrator;

    @BeforeEach
    void anOrganizationProjectedToKeycloak() {
        owner = Keycloak.createUser();
        org = ownOrganization(owner);
        prefix = "/organizations/" + org + "/";
        administrator = Keycloak.createRealmAdministrator();
    }

    private void awaitProjected(Map<TestUser, String> roles) {
        await("projection").atMost(TAKEN_IN).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> Keycloak.assertProjected(org, roles));
    }

    private List<JsonNode> auditTrail() {
        List<JsonNode> entries = new ArrayList<>();
        ok(Api.as(owner).get(organization(org) + "/audit-trail"), 200).path("items").forEach(entries::add);
        return entries;
    }

    private String role(TestUser who) {
        return member(owner, org, who.email()).map(m -> m.path("role").asText()).orElse("none");
    }

    @Test
    void ORG_6_aKeycloakAdministratorPromotesAMemberAndGrantsAPermissionInKeycloaksConsole() {
        TestUser carla = join(owner, org, "collaborator");
        awaitProjected(Map.of(owner, "legal-representative", carla, "collaborator"));
        assertThat(Keycloak.groupPaths(owner)).as("a manager may use every kind of product")
                .contains(prefix + "permissions/mail", prefix + "permissions/billing");
        assertThat(Keycloak.groupPaths(carla)).noneMatch(p -> p.startsWith(prefix + "permissions/"));
        int mailsBefore = Mailbox.messagesTo(carla.email()).size();

        assertThat(Keycloak.adminAs(administrator, "PUT", "/users/" + carla.keycloakId() + "/groups/"
                + Keycloak.groupId(prefix + "permissions/mail"), null).status()).isEqualTo(204);
        assertThat(Keycloak.adminAs(administrator, "PUT", "/users/" + carla.keycloakId() + "/groups/"
                + Keycloak.groupId(prefix + "administrator"), null).status()).isEqualTo(204);

        await("taken into the portal").atMost(TAKEN_IN).pollInterval(Duration.ofSeconds(1))
                .until(() -> role(carla).equals("administrator"));
        JsonNode seen = member(owner, org, carla.email()).orElseThrow();
        assertThat(Http.texts(seen.path("grantedPermissions"))).containsExactly("mail");
        awaitProjected(Map.of(owner, "legal-representative", carla, "administrator"));

        MimeMessage notice = Mailbox.awaitMessages(carla.email(), mailsBefore + 1).get(mailsBefore);
        assertThat(Mailbox.text(notice)).contains("from collaborator to administrator",
                administrator.email() + " (Keycloak)");
        List<JsonNode> trail = auditTrail();
        assertThat(trail).extracting(e -> e.path("action").asText())
                .as("each change once, and nothing of the portal's own projection echoed back")
                .containsExactly("role-changed", "permission-granted");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.path("actor").asText()).isEqualTo(administrator.email() + " (Keycloak)");
            assertThat(e.path("actorKind").asText()).isEqualTo("identity-administrator");
            assertThat(e.path("subject").asText()).isEqualTo(carla.email());
        });
        assertThat(trail.get(0).path("detail").asText()).isEqualTo("collaborator -> administrator");
    }

    @Test
    void ORG_7_removingTheLastLegalRepresentativeInKeycloakIsUndoneAndTold() {
        awaitProjected(Map.of(owner, "legal-representative"));
        String organizationName = organizationsOf(owner).get(0).path("name").asText();
        int ownerMails = Mailbox.messagesTo(owner.email()).size();

        assertThat(Keycloak.adminAs(administrator, "DELETE", "/users/" + owner.keycloakId() + "/groups/"
                + Keycloak.groupId(prefix + "legal-representative"), null).status()).isEqualTo(204);
        assertThat(Keycloak.groupPaths(owner)).doesNotContain(prefix + "legal-representative");

        MimeMessage told = Mailbox.awaitMessages(administrator.email(), 1).get(0);
        assertThat(Mailbox.subject(told)).isEqualTo("A change to " + organizationName + " in Keycloak was undone");
        assertThat(Mailbox.text(told)).contains("took " + owner.email() + " out of the group legal-representative",
                "Name another legal representative first");
        MimeMessage ownerTold = Mailbox.awaitMessages(owner.email(), ownerMails + 1).get(ownerMails);
        assertThat(Mailbox.subject(ownerTold)).isEqualTo(Mailbox.subject(told));
        awaitProjected(Map.of(owner, "legal-representative"));
        assertThat(role(owner)).isEqualTo("legal-representative");

        String keycloakOrganization = Keycloak.organizationByAlias(org).orElseThrow();
        assertThat(Keycloak.adminAs(administrator, "DELETE", "/organizations/" + keycloakOrganization + "/members/"
                + owner.keycloakId(), null).status()).isEqualTo(204);
        Mailbox.awaitMessages(administrator.email(), 2);
        awaitProjected(Map.of(owner, "legal-representative"));

        assertThat(auditTrail()).extracting(e -> e.path("action").asText())
                .containsExactly("change-refused", "change-refused");
        assertThat(auditTrail().get(1).path("detail").asText()).contains("TEN-104");
    }

    @Test
    void ORG_4_someoneWhoNeverSignedInOrARoleThatDoesNotExistIsUndone() {
        awaitProjected(Map.of(owner, "legal-representative"));
        TestUser stranger = Keycloak.createUser();

        assertThat(Keycloak.adminAs(administrator, "PUT", "/users/" + stranger.keycloakId() + "/groups/"
                + Keycloak.groupId(prefix + "administrator"), null).status()).isEqualTo(204);
        Http.Reply created = Keycloak.adminAs(administrator, "POST", "/groups/"
                + Keycloak.groupId("/organizations/" + org) + "/children", Map.of("name", "superuser"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(Keycloak.adminAs(administrator, "PUT", "/users/" + owner.keycloakId() + "/groups/"
                + Keycloak.groupId(prefix + "superuser"), null).status()).isEqualTo(204);

        await("undone in Keycloak").atMost(TAKEN_IN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(Keycloak.groupPaths(stranger)).noneMatch(p -> p.startsWith(prefix));
            assertThat(Keycloak.groupPaths(owner)).doesNotContain(prefix + "superuser");
        });
        String told = String.join("\n", Mailbox.awaitMessages(administrator.email(), 2).stream()
                .map(Mailbox::text).toList());
        assertThat(told).contains(stranger.email() + " has never signed in to the portal",
                "Unknown role \"superuser\"");
        assertThat(member(owner, org, stranger.email())).isEmpty();
        assertThat(role(owner)).isEqualTo("legal-representative");
    }
}
