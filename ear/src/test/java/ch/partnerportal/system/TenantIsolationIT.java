package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.accountId;
import static ch.partnerportal.system.support.Portal.invitations;
import static ch.partnerportal.system.support.Portal.join;
import static ch.partnerportal.system.support.Portal.members;
import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.organization;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static ch.partnerportal.system.support.Portal.pendingInvitations;
import static ch.partnerportal.system.support.Portal.problem;
import static ch.partnerportal.system.support.Portal.users;
import static org.assertj.core.api.Assertions.assertThat;

/** ORG-3: an organization's data is only for its members, and only managers change it. */
@ExtendWith(Mailbox.class)
class TenantIsolationIT {

    private static TestUser alice;
    private static TestUser bob;
    private static String bobsOrg;
    private static String bobsName;

    @BeforeAll
    static void twoOrganizations() {
        alice = Keycloak.createUser();
        ownOrganization(alice);
        bob = Keycloak.createUser();
        bobsOrg = ownOrganization(bob);
        bobsName = ok(Api.as(bob).get(organization(bobsOrg)), 200).path("name").asText();
    }

    @Test
    void ORG_3_anotherOrganizationsIdIsNotFoundAndNothingChanges() {
        String bobsId = accountId(bob, bobsOrg, bob);
        Api asAlice = Api.as(alice);
        String newcomer = Keycloak.newEmail();
        String nobody = UUID.randomUUID().toString();

        List<Http.Reply> replies = List.of(
                asAlice.get(organization(bobsOrg)),
                asAlice.patch(organization(bobsOrg), Map.of("name", "Taken over")),
                asAlice.get(users(bobsOrg)),
                asAlice.get(users(bobsOrg) + "/" + bobsId),
                asAlice.patch(users(bobsOrg) + "/" + bobsId, Map.of("role", "external")),
                asAlice.patch(users(bobsOrg) + "/" + bobsId, Map.of("permissions", List.of("billing"))),
                // An account id that is in no organization must not tell the organization exists either.
                asAlice.get(users(bobsOrg) + "/" + nobody),
                asAlice.patch(users(bobsOrg) + "/" + nobody, Map.of("role", "external")),
                asAlice.delete(users(bobsOrg) + "/" + nobody),
                asAlice.delete(users(bobsOrg) + "/" + bobsId),
                asAlice.delete(users(bobsOrg) + "?id=" + bobsId),
                asAlice.delete(organization(bobsOrg) + "/membership"),
                asAlice.get(invitations(bobsOrg)),
                asAlice.post(invitations(bobsOrg), Map.of("email", newcomer, "role", "administrator")));

        JsonNode unknown = problem(asAlice.get(organization(UUID.randomUUID().toString())), 404, "TEN-101");
        // Indistinguishable from an organization that does not exist.
        assertThat(replies).allSatisfy(reply -> assertThat(problem(reply, 404, "TEN-101").path("detail").asText())
                .isEqualTo(unknown.path("detail").asText()));
        JsonNode bobs = ok(Api.as(bob).get(organization(bobsOrg)), 200);
        assertThat(bobs.path("name").asText()).isEqualTo(bobsName);
        List<JsonNode> members = members(bob, bobsOrg);
        assertThat(members).extracting(m -> m.path("email").asText()).containsExactly(bob.email());
        assertThat(members.get(0).path("role").asText()).isEqualTo("legal-representative");
        assertThat(pendingInvitations(bob, bobsOrg)).isEmpty();
    }

    @Test
    void ORG_3_aCollaboratorMayOpenButNotChangeTheOrganizationNorInvite() {
        TestUser owner = Keycloak.createUser();
        String org = ownOrganization(owner);
        JsonNode original = ok(Api.as(owner).get(organization(org)), 200);
        TestUser collaborator = join(owner, org, "collaborator");
        Api asCollaborator = Api.as(collaborator);
        String ownerId = accountId(owner, org, owner);
        String newcomer = Keycloak.newEmail();

        JsonNode opened = ok(asCollaborator.get(organization(org)), 200);
        assertThat(opened.path("mayManage").asBoolean(true)).isFalse();
        assertThat(opened.path("myRole").asText()).isEqualTo("collaborator");

        problem(asCollaborator.patch(organization(org), Map.of("name", "Renamed by a collaborator")), 403, "TEN-102");
        problem(asCollaborator.patch(organization(org), Map.of("vatNumber", "CHE-123.456.789")), 403, "TEN-102");
        problem(asCollaborator.post(invitations(org),
                Map.of("email", newcomer, "role", "collaborator")), 403, "TEN-102");
        problem(asCollaborator.get(invitations(org)), 403, "TEN-102");
        problem(asCollaborator.delete(users(org) + "/" + ownerId), 403, "TEN-102");

        JsonNode now = ok(Api.as(owner).get(organization(org)), 200);
        assertThat(now.path("name").asText()).isEqualTo(original.path("name").asText());
        assertThat(now.path("vatNumber").isNull()).isTrue();
        assertThat(pendingInvitations(owner, org)).doesNotContain(newcomer);
        assertThat(members(owner, org)).hasSize(2);
    }
}
