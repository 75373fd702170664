package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static ch.partnerportal.system.support.Portal.invitationLink;
import static ch.partnerportal.system.support.Portal.invitations;
import static ch.partnerportal.system.support.Portal.invite;
import static ch.partnerportal.system.support.Portal.member;
import static ch.partnerportal.system.support.Portal.members;
import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.organizationsOf;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static ch.partnerportal.system.support.Portal.pendingInvitations;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Adding users by e-mail invitation, end to end: mail, link, Keycloak account, acceptance, projection. */
@ExtendWith(Mailbox.class)
class InvitationFlowIT {

    private static TestUser owner;
    private static String organization;

    @BeforeAll
    static void anOrganizationWithItsLegalRepresentative() {
        owner = Keycloak.createUser();
        organization = ownOrganization(owner);
    }

    @Test
    void ORG_2_ORG_4_invitedPersonJoinsTheInvitingOrganizationWithTheChosenRoleAndAccess() {
        String email = Keycloak.newEmail();
        JsonNode invitation = invite(owner, organization, email, "collaborator", List.of("mail", "kdrive"),
                List.of("technical"));
        assertThat(invitation.path("organizationId").asText()).isEqualTo(organization);
        assertThat(invitation.path("email").asText()).isEqualTo(email);
        assertThat(invitation.path("role").asText()).isEqualTo("collaborator");
        assertThat(Http.texts(invitation.path("permissions"))).containsExactly("kdrive", "mail");
        assertThat(Http.texts(invitation.path("contacts"))).containsExactly("technical");
        assertThat(invitation.path("status").asText()).isEqualTo("pending");
        assertThat(invitation.path("existingAccount").asBoolean(true)).isFalse();

        MimeMessage mail = Mailbox.awaitMessages(email, 1).get(0);
        String organizationName = organizationsOf(owner).get(0).path("name").asText();
        assertThat(Mailbox.subject(mail)).contains(organizationName);
        assertThat(Mailbox.text(mail)).contains("/console/invitation.xhtml?token=");
        String token = Mailbox.awaitInvitationToken(email);

        JsonNode preview = ok(Api.anonymous().get(invitationLink(token)), 200);
        assertThat(preview.path("organizationId").asText()).isEqualTo(organization);
        assertThat(preview.path("organizationName").asText()).isEqualTo(organizationName);
        assertThat(preview.path("role").asText()).isEqualTo("collaborator");
        assertThat(preview.path("status").asText()).isEqualTo("pending");

        TestUser invited = Keycloak.createUser(email);
        JsonNode joined = ok(Api.as(invited).post(invitationLink(token) + "/acceptance", null), 200);
        assertThat(joined.path("id").asText()).isEqualTo(organization);
        assertThat(joined.path("myRole").asText()).isEqualTo("collaborator");

        JsonNode member = member(owner, organization, email).orElseThrow();
        assertThat(member.path("role").asText()).isEqualTo("collaborator");
        assertThat(Http.texts(member.path("permissions"))).containsExactly("kdrive", "mail");
        assertThat(Http.texts(member.path("contacts"))).containsExactly("technical");

        // ORG-2: the invited person belongs to the inviting organization and got none of their own.
        List<JsonNode> theirs = organizationsOf(invited);
        assertThat(theirs).extracting(o -> o.path("id").asText()).containsExactly(organization);
        assertThat(theirs.get(0).path("myRole").asText()).isEqualTo("collaborator");
        assertThat(theirs.get(0).path("memberCount").asInt()).isEqualTo(2);
        assertThat(pendingInvitations(owner, organization)).doesNotContain(email);

        problem(Api.as(invited).post(invitationLink(token) + "/acceptance", null), 410, "TEN-114");
        problem(Api.anonymous().get(invitationLink(token)), 410, "TEN-114");
        assertThat(members(owner, organization)).hasSize(2);

        await("projection of " + email + " to Keycloak").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    assertThat(Keycloak.projectedMembers(organization)).contains(email, owner.email());
                    assertThat(Keycloak.groupPaths(invited))
                            .contains("/organizations/" + organization + "/collaborator");
                });
        assertThat(Keycloak.groupPaths(owner)).contains("/organizations/" + organization + "/legal-representative");
    }

    @Test
    void ORG_4_anExistingAccountIsExtendedToTheInvitingOrganization() {
        TestUser existing = Keycloak.createUser();
        String theirOwn = ownOrganization(existing);

        JsonNode invitation = invite(owner, organization, existing.email(), "administrator", List.of(),
                List.of("billing"));
        assertThat(invitation.path("existingAccount").asBoolean(false)).isTrue();
        String token = Mailbox.awaitInvitationToken(existing.email());

        JsonNode joined = ok(Api.as(existing).post(invitationLink(token) + "/acceptance", null), 200);
        assertThat(joined.path("myRole").asText()).isEqualTo("administrator");
        assertThat(organizationsOf(existing)).extracting(o -> o.path("id").asText())
                .containsExactlyInAnyOrder(theirOwn, organization);
        JsonNode member = member(owner, organization, existing.email()).orElseThrow();
        assertThat(member.path("role").asText()).isEqualTo("administrator");
        assertThat(Http.texts(member.path("contacts"))).containsExactly("billing");
    }

    @Test
    void ORG_4_anInvitationCannotBeAcceptedByAnotherAccount() {
        String email = Keycloak.newEmail();
        invite(owner, organization, email, "collaborator", List.of(), List.of());
        String token = Mailbox.awaitInvitationToken(email);
        TestUser stranger = Keycloak.createUser();

        problem(Api.as(stranger).post(invitationLink(token) + "/acceptance", null), 403, "TEN-115");

        assertThat(member(owner, organization, stranger.email())).isEmpty();
        assertThat(pendingInvitations(owner, organization)).contains(email);
        assertThat(ok(Api.anonymous().get(invitationLink(token)), 200).path("status").asText()).isEqualTo("pending");
    }

    @Test
    void ORG_4_resendingReplacesTheLink() {
        String email = Keycloak.newEmail();
        String id = invite(owner, organization, email, "external", List.of("kchat"), List.of()).path("id").asText();
        String first = Mailbox.awaitInvitationToken(email, 1);

        JsonNode resent = ok(Api.as(owner).post(invitations(organization) + "/" + id + "/resend", null), 200);
        assertThat(resent.path("id").asText()).isEqualTo(id);
        assertThat(resent.path("status").asText()).isEqualTo("pending");
        String second = Mailbox.awaitInvitationToken(email, 2);

        assertThat(second).isNotEqualTo(first);
        problem(Api.anonymous().get(invitationLink(first)), 404, "TEN-112");
        assertThat(ok(Api.anonymous().get(invitationLink(second)), 200).path("role").asText()).isEqualTo("external");

        TestUser invited = Keycloak.createUser(email);
        problem(Api.as(invited).post(invitationLink(first) + "/acceptance", null), 404, "TEN-112");
        ok(Api.as(invited).post(invitationLink(second) + "/acceptance", null), 200);
        assertThat(member(owner, organization, email).orElseThrow().path("role").asText()).isEqualTo("external");
    }

    @Test
    void ORG_4_aWithdrawnInvitationCannotBeUsed() {
        String email = Keycloak.newEmail();
        String id = invite(owner, organization, email, "collaborator", List.of(), List.of()).path("id").asText();
        String token = Mailbox.awaitInvitationToken(email);

        assertThat(Api.as(owner).delete(invitations(organization) + "/" + id).status()).isEqualTo(204);

        assertThat(pendingInvitations(owner, organization)).doesNotContain(email);
        problem(Api.anonymous().get(invitationLink(token)), 410, "TEN-120");
        TestUser invited = Keycloak.createUser(email);
        problem(Api.as(invited).post(invitationLink(token) + "/acceptance", null), 410, "TEN-120");
        assertThat(member(owner, organization, email)).isEmpty();
    }

    /** ORG-3: an administrator may use every product; the API answers what it may do, and what was granted. */
    @Test
    void ORG_3_anAdministratorsPermissionsAreEveryProduct() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        TestUser administrator = Portal.join(owner, organization, "administrator");
        JsonNode member = Portal.member(owner, organization, administrator.email()).orElseThrow();
        assertThat(Http.texts(member.path("permissions")))
                .containsExactlyInAnyOrder("domains", "web-hosting", "mail", "kdrive", "kchat", "billing");
        assertThat(member.path("grantedPermissions")).isEmpty();
    }
}
