package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** A kChat workspace over the API: its people in person and through teams (ORG-8), and its channels. */
@ExtendWith(Mailbox.class)
class ChatIT {

    private static Http.Reply put(TestUser user, String path, Object body) {
        return Api.as(user).send("PUT", path, body == null ? null : Http.json(body), "application/json");
    }

    private static Map<String, String> people(JsonNode space) {
        Map<String, String> people = new HashMap<>();
        space.path("people").forEach(p -> people.put(p.path("accountId").asText(),
                p.path("role").asText() + "/" + p.path("through").asText()));
        return people;
    }

    @Test
    void ORG_8_aKChatWorkspaceHasItsPeopleInPersonAndThroughTeamsAndItsPublicAndPrivateChannels() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String label = "Chat " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = Portal.buy(owner, organization, List.of(
                Map.of("type", "kchat", "label", label, "months", 1),
                Map.of("type", "kdrive", "label", "Drive of " + label, "months", 1)));
        String chat = Portal.organization(organization) + "/products/" + ids.get(label) + "/chat";
        String channels = chat + "/channels";

        JsonNode space = ok(Api.as(owner).get(chat), 200);
        assertThat(space.path("name").asText()).as("named after the product").isEqualTo(label);
        assertThat(space.path("people")).isEmpty();
        JsonNode listed = ok(Api.as(owner).get(channels), 200).path("items");
        assertThat(listed).hasSize(1);
        JsonNode general = listed.get(0);
        assertThat(general.path("name").asText()).isEqualTo("general");
        assertThat(general.path("general").asBoolean()).isTrue();
        String generalPath = channels + "/" + general.path("id").asText();
        problem(Api.as(owner).patch(generalPath, Map.of("visibility", "private")), 409, "SRV-468");
        problem(Api.as(owner).delete(generalPath), 409, "SRV-468");

        TestUser bruno = Portal.join(owner, organization, "collaborator");
        TestUser carla = Portal.join(owner, organization, "external");
        String brunoId = Portal.accountId(owner, organization, bruno);
        String carlaId = Portal.accountId(owner, organization, carla);
        problem(Api.as(bruno).get(chat), 403, "TEN-124");

        ok(put(owner, chat + "/members/" + brunoId, Map.of("role", "admin")), 200);
        problem(put(owner, chat + "/members/" + carlaId, Map.of("role", "owner")), 400, "SRV-463");
        problem(put(owner, chat + "/members/" + UUID.randomUUID(), Map.of("role", "member")), 400, "SRV-462");
        String teams = Portal.organization(organization) + "/teams";
        String team = ok(Api.as(owner).post(teams, Map.of("name", "Sales")), 201).path("id").asText();
        ok(Api.as(owner).post(teams + "/" + team + "/members", Map.of("accountId", carlaId)), 200);
        JsonNode withTeam = ok(put(owner, chat + "/teams/" + team, null), 200);
        assertThat(people(withTeam)).containsOnly(Map.entry(brunoId, "admin/own"),
                Map.entry(carlaId, "member/" + team));
        problem(put(owner, chat + "/teams/" + UUID.randomUUID(), null), 400, "SRV-484");

        JsonNode sales = ok(Api.as(owner).post(channels, Map.of("name", "Sales Team", "topic", "Leads and offers",
                "visibility", "private", "members", List.of(carlaId))), 201);
        assertThat(sales.path("name").asText()).isEqualTo("sales-team");
        assertThat(Http.texts(sales.path("members"))).containsExactly(carlaId);
        String salesPath = channels + "/" + sales.path("id").asText();
        problem(Api.as(owner).post(channels, Map.of("name", "sales-team")), 409, "SRV-467");
        problem(Api.as(owner).post(channels, Map.of("name", "-x")), 400, "SRV-466");
        problem(Api.as(owner).post(channels, Map.of("name", "secret", "visibility", "private",
                "members", List.of(UUID.randomUUID().toString()))), 400, "SRV-469");
        problem(Api.as(owner).post(channels, Map.of("name", "open", "members", List.of(brunoId))), 409, "SRV-472");
        problem(Api.as(owner).post(channels, Map.of("name", "odd", "visibility", "hidden")), 400, "SRV-474");
        JsonNode random = ok(Api.as(owner).post(channels, Map.of("name", "random")), 201);
        assertThat(Http.texts(random.path("members"))).as("a public channel has the whole workspace")
                .containsExactlyInAnyOrder(brunoId, carlaId);
        problem(put(owner, channels + "/" + random.path("id").asText() + "/members/" + brunoId, null), 409,
                "SRV-472");

        assertThat(Http.texts(ok(put(owner, salesPath + "/members/" + brunoId, null), 200).path("members")))
                .containsExactlyInAnyOrder(brunoId, carlaId);
        problem(Api.as(owner).patch(salesPath, Map.of("name", "random")), 409, "SRV-467");
        JsonNode renamed = ok(Api.as(owner).patch(salesPath, Map.of("name", "deals", "topic", "")), 200);
        assertThat(renamed.path("name").asText()).isEqualTo("deals");
        assertThat(renamed.hasNonNull("topic")).as("an empty topic clears it").isFalse();

        ok(Api.as(owner).delete(chat + "/teams/" + team), 200);
        assertThat(Http.texts(ok(Api.as(owner).get(salesPath), 200).path("members")))
                .as("out of the workspace, out of its private channels").containsExactly(brunoId);
        ok(put(owner, chat + "/teams/" + team, null), 200);
        assertThat(Http.texts(ok(Api.as(owner).get(salesPath), 200).path("members")))
                .as("back in the workspace is not back in a private channel").containsExactly(brunoId);
        ok(Api.as(owner).delete(chat + "/members/" + brunoId), 200);
        assertThat(ok(Api.as(owner).get(salesPath), 200).path("members")).isEmpty();
        assertThat(people(ok(Api.as(owner).get(chat), 200))).containsOnlyKeys(carlaId);

        ok(Api.as(owner).patch(chat, Map.of("name", "Rossi chat")), 200);
        problem(Api.as(owner).patch(chat, Map.of("name", " ")), 400, "SRV-464");
        ok(Api.as(owner).delete(salesPath), 204);
        problem(Api.as(owner).get(salesPath), 404, "SRV-465");
        JsonNode after = ok(Api.as(owner).get(chat), 200);
        assertThat(after.path("name").asText()).isEqualTo("Rossi chat");
        assertThat(after.path("channels").asLong()).as("general and random").isEqualTo(2);

        JsonNode usage = ok(Api.as(owner).get(Portal.organization(organization) + "/products/" + ids.get(label)
                + "/statistics"), 200);
        assertThat(usage.path("series").get(0).path("measure").asText()).isEqualTo("chat-messages");

        String drive = Portal.organization(organization) + "/products/" + ids.get("Drive of " + label) + "/chat";
        problem(Api.as(owner).get(drive), 404, "SRV-402");
        TestUser stranger = Keycloak.createUser();
        problem(Api.as(stranger).get(chat), 404, "TEN-101");
        problem(Api.as(stranger).get(Portal.organization(Portal.ownOrganization(stranger)) + "/products/"
                + ids.get(label) + "/chat/channels"), 404, "SRV-401");
    }
}
