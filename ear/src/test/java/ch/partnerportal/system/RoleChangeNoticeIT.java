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

import java.util.List;
import java.util.Map;

import static ch.partnerportal.system.support.Portal.accountId;
import static ch.partnerportal.system.support.Portal.join;
import static ch.partnerportal.system.support.Portal.member;
import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.organizationsOf;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static ch.partnerportal.system.support.Portal.problem;
import static ch.partnerportal.system.support.Portal.users;
import static org.assertj.core.api.Assertions.assertThat;

/** ORG-6 (access of members) and ORG-9 (a role change is announced to the affected user). */
@ExtendWith(Mailbox.class)
class RoleChangeNoticeIT {

    private TestUser owner;
    private String org;
    private TestUser member;
    private String memberId;

    @BeforeEach
    void anOrganizationWithACollaborator() {
        owner = Keycloak.createUser();
        org = ownOrganization(owner);
        member = join(owner, org, "collaborator");
        memberId = accountId(owner, org, member);
    }

    @Test
    void ORG_9_aRoleChangeSendsTheAffectedUserANotice() {
        String organizationName = organizationsOf(owner).get(0).path("name").asText();
        int before = Mailbox.messagesTo(member.email()).size();

        JsonNode changed = ok(Api.as(owner).patch(users(org) + "/" + memberId, Map.of("role", "administrator")), 200);

        assertThat(changed.path("role").asText()).isEqualTo("administrator");
        MimeMessage notice = Mailbox.awaitMessages(member.email(), before + 1).get(before);
        assertThat(Mailbox.subject(notice)).isEqualTo("Your role in " + organizationName + " has changed");
        assertThat(Mailbox.text(notice)).contains(organizationName, "from collaborator to administrator",
                owner.displayName());
        JsonNode seenByMember = organizationsOf(member).get(0);
        assertThat(seenByMember.path("myRole").asText()).isEqualTo("administrator");
        assertThat(seenByMember.path("mayManage").asBoolean(false)).isTrue();

        ok(Api.as(owner).patch(users(org) + "/" + memberId, Map.of("role", "external")), 200);

        MimeMessage second = Mailbox.awaitMessages(member.email(), before + 2).get(before + 1);
        assertThat(Mailbox.text(second)).contains("from administrator to external");
        assertThat(organizationsOf(member).get(0).path("mayManage").asBoolean(true)).isFalse();
    }

    @Test
    void ORG_6_permissionsAndContactsOfAMemberChangeAndShow() {
        JsonNode changed = ok(Api.as(owner).patch(users(org) + "/" + memberId,
                Map.of("permissions", List.of("domains", "billing"), "contacts", List.of("billing", "legal"))), 200);

        assertThat(Http.texts(changed.path("permissions"))).containsExactly("billing", "domains");
        assertThat(Http.texts(changed.path("contacts"))).containsExactly("billing", "legal");
        assertThat(changed.path("role").asText()).isEqualTo("collaborator");
        JsonNode seenByMember = ok(Api.as(member).get(users(org) + "/" + memberId), 200);
        assertThat(Http.texts(seenByMember.path("permissions"))).containsExactly("billing", "domains");
        assertThat(Http.texts(seenByMember.path("contacts"))).containsExactly("billing", "legal");

        // Absent fields keep their value; an empty list clears.
        ok(Api.as(owner).patch(users(org) + "/" + memberId, Map.of("contacts", List.of())), 200);
        JsonNode after = member(owner, org, member.email()).orElseThrow();
        assertThat(Http.texts(after.path("permissions"))).containsExactly("billing", "domains");
        assertThat(Http.texts(after.path("contacts"))).isEmpty();
    }

    @Test
    void ORG_6_aUserWithSufficientRightsChangesTheirOwnContacts() {
        String ownerId = accountId(owner, org, owner);

        JsonNode changed = ok(Api.as(owner).patch(users(org) + "/" + ownerId,
                Map.of("contacts", List.of("technical"))), 200);

        assertThat(Http.texts(changed.path("contacts"))).containsExactly("technical");
        assertThat(Http.texts(member(member, org, owner.email()).orElseThrow().path("contacts")))
                .containsExactly("technical");
    }

    @Test
    void ORG_6_aCollaboratorCannotChangeAccessNotEvenTheirOwn() {
        problem(Api.as(member).patch(users(org) + "/" + memberId, Map.of("permissions", List.of("billing"))),
                403, "TEN-102");

        assertThat(Http.texts(member(owner, org, member.email()).orElseThrow().path("permissions"))).isEmpty();
    }
}
