package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ORG-8 over the API: teams carry permissions their members hold on top of their own, read mailboxes
 * (access adds up) and hold drive roles (a person's own role overrides the team's); members are told.
 */
@ExtendWith(Mailbox.class)
class TeamsIT {

    private static Http.Reply put(TestUser user, String path, Object body) {
        return Api.as(user).send("PUT", path, Http.json(body), "application/json");
    }

    /** The notice whose subject names it (the member's mailbox holds their invitation too). */
    private static MimeMessage noticeTo(TestUser member, String subjectPart) {
        return Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox.messagesTo(member.email()).stream()
                .filter(m -> Mailbox.subject(m).contains(subjectPart)).findFirst(), Optional::isPresent).orElseThrow();
    }

    @Test
    void ORG_8_aTeamsPermissionsAddToItsMembersOwnAndTheyAreToldOfEveryChange() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = "team-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
        Map<String, String> ids = Portal.buy(owner, organization, List.of(
                Map.of("type", "domain-ch", "label", domain, "years", 1),
                Map.of("type", "mail-service", "label", "Mail " + domain, "months", 1)));
        String mailboxes = Portal.organization(organization) + "/products/" + ids.get("Mail " + domain) + "/mailboxes";
        String teams = Portal.organization(organization) + "/teams";

        TestUser bruno = Portal.join(owner, organization, "collaborator");
        TestUser carla = Portal.join(owner, organization, "external");
        String brunoId = Portal.accountId(owner, organization, bruno);
        String carlaId = Portal.accountId(owner, organization, carla);
        problem(Api.as(bruno).get(mailboxes), 403, "TEN-124");
        problem(Api.as(bruno).post(teams, Map.of("name", "Rogue", "permissions", List.of("mail"))), 403, "TEN-102");

        JsonNode support = ok(Api.as(owner).post(teams, Map.of("name", "Support", "permissions", List.of("mail"))), 201);
        String team = teams + "/" + support.path("id").asText();
        problem(Api.as(owner).post(teams, Map.of("name", "support")), 409, "TEN-132");
        problem(Api.as(owner).post(teams, Map.of("name", " ")), 400, "TEN-131");
        problem(Api.as(owner).post(teams, Map.of("name", "Other", "permissions", List.of("everything"))), 400,
                "TEN-119");

        ok(Api.as(owner).post(team + "/members", Map.of("accountId", brunoId)), 200);
        ok(Api.as(owner).post(team + "/members", Map.of("accountId", carlaId)), 200);
        problem(Api.as(owner).post(team + "/members", Map.of("accountId", UUID.randomUUID().toString())), 400,
                "TEN-133");
        assertThat(Mailbox.plainText(noticeTo(bruno, "Support"))).contains("Support", "mail");
        assertThat(ok(Api.as(bruno).get(mailboxes), 200).path("total").asLong()).as("through the team").isZero();
        assertThat(Http.texts(ok(Api.as(carla).get(teams), 200).path("items").get(0).path("members")))
                .as("externals can be in teams").containsExactlyInAnyOrder(brunoId, carlaId);

        ok(Api.as(owner).patch(team, Map.of("name", "Helpdesk")), 200);
        JsonNode renamed = ok(Api.as(owner).patch(team, Map.of("permissions", List.of("mail", "kdrive"))), 200);
        assertThat(renamed.path("name").asText()).isEqualTo("Helpdesk");
        assertThat(Http.texts(renamed.path("permissions"))).containsExactly("mail", "kdrive");
        assertThat(Mailbox.plainText(noticeTo(carla, "Helpdesk"))).contains("kDrive");

        ok(Api.as(owner).delete(team + "/members/" + brunoId), 200);
        problem(Api.as(bruno).get(mailboxes), 403, "TEN-124");
        noticeTo(bruno, "no longer");

        ok(Api.as(owner).delete(team), 204);
        problem(Api.as(carla).get(mailboxes), 403, "TEN-124");
        assertThat(ok(Api.as(owner).get(teams), 200).path("items")).isEmpty();
        TestUser stranger = Keycloak.createUser();
        problem(Api.as(stranger).get(teams), 404, "TEN-101");
    }

    @Test
    void ORG_8_mailboxReadersAddUpAndAnOwnDriveRoleOverridesTheTeams() {
        String domain = "access-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
        TestUser anna = Keycloak.createUser("anna@" + domain);
        String organization = Portal.ownOrganization(anna);
        Map<String, String> ids = Portal.buy(anna, organization, List.of(
                Map.of("type", "domain-ch", "label", domain, "years", 1),
                Map.of("type", "mail-service", "label", "Mail " + domain, "months", 1),
                Map.of("type", "kdrive", "label", "Drive " + domain, "months", 1)));
        String annaId = Portal.accountId(anna, organization, anna);
        TestUser bruno = Portal.join(anna, organization, "collaborator");
        TestUser carla = Portal.join(anna, organization, "collaborator");
        String brunoId = Portal.accountId(anna, organization, bruno);
        String carlaId = Portal.accountId(anna, organization, carla);
        String teams = Portal.organization(organization) + "/teams";
        String team = ok(Api.as(anna).post(teams, Map.of("name", "Designers")), 201).path("id").asText();
        ok(Api.as(anna).post(teams + "/" + team + "/members", Map.of("accountId", brunoId)), 200);
        ok(Api.as(anna).post(teams + "/" + team + "/members", Map.of("accountId", carlaId)), 200);

        String mailboxes = Portal.organization(organization) + "/products/" + ids.get("Mail " + domain) + "/mailboxes";
        String annas = mailboxes + "/" + ok(Api.as(anna).post(mailboxes, Map.of("address", "anna@" + domain,
                "password", "Kiosk-Blue-2026")), 201).path("id").asText();
        ok(Api.as(anna).post(annas + "/readers", Map.of("accountId", annaId)), 200);
        assertThat(ok(Api.as(anna).get(annas + "/password-options"), 200).path("unificationOffered").asBoolean())
                .isTrue();
        JsonNode read = ok(Api.as(anna).post(annas + "/team-readers", Map.of("teamId", team)), 200);
        assertThat(Http.texts(read.path("teamReaders"))).containsExactly(team);
        assertThat(ok(Api.as(anna).get(annas + "/password-options"), 200).path("unificationOffered").asBoolean())
                .as("the team's members read it too: access adds up").isFalse();
        TestUser neighbour = Keycloak.createUser();
        String neighbours = Portal.ownOrganization(neighbour);
        String theirTeam = ok(Api.as(neighbour).post(Portal.organization(neighbours) + "/teams",
                Map.of("name", "Theirs")), 201).path("id").asText();
        problem(Api.as(anna).post(annas + "/team-readers", Map.of("teamId", theirTeam)), 400, "SRV-484");

        String drives = Portal.organization(organization) + "/products/" + ids.get("Drive " + domain) + "/drives";
        JsonNode drive = ok(Api.as(anna).post(drives, Map.of("name", "Shared", "quotaGb", 100)), 201);
        assertThat(drive.path("usedMb").asLong()).isPositive();
        String shared = drives + "/" + drive.path("id").asText();
        ok(put(anna, shared + "/teams/" + team, Map.of("role", "manage")), 200);
        JsonNode granted = ok(put(anna, shared + "/members/" + brunoId, Map.of("role", "read")), 200);
        Map<String, String> effective = new HashMap<>();
        granted.path("effective").forEach(e -> effective.put(e.path("accountId").asText(),
                e.path("role").asText() + "/" + e.path("through").asText()));
        assertThat(effective).containsEntry(brunoId, "read/own").containsEntry(carlaId, "manage/" + team)
                .doesNotContainKey(annaId);
        problem(put(anna, shared + "/members/" + carlaId, Map.of("role", "owner")), 400, "SRV-482");
        problem(put(anna, shared + "/members/" + UUID.randomUUID(), Map.of("role", "read")), 400, "SRV-483");
        problem(put(anna, shared + "/teams/" + theirTeam, Map.of("role", "read")), 400, "SRV-484");
        problem(Api.as(anna).post(drives, Map.of("name", "Huge", "quotaGb", 1_000_000)), 400, "SRV-418");
        problem(Api.as(bruno).get(drives), 403, "TEN-124");

        JsonNode revoked = ok(Api.as(anna).delete(shared + "/members/" + brunoId), 200);
        assertThat(revoked.path("effective").findValuesAsText("through")).containsOnly(team);
    }
}
