package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ch.partnerportal.system.support.Portal.accountId;
import static ch.partnerportal.system.support.Portal.join;
import static ch.partnerportal.system.support.Portal.members;
import static ch.partnerportal.system.support.Portal.organization;
import static ch.partnerportal.system.support.Portal.organizationsOf;
import static ch.partnerportal.system.support.Portal.ownOrganization;
import static ch.partnerportal.system.support.Portal.problem;
import static ch.partnerportal.system.support.Portal.users;
import static org.assertj.core.api.Assertions.assertThat;

/** ORG-7: an organization always keeps a legal representative, also under concurrent requests. */
@ExtendWith(Mailbox.class)
class LastLegalRepresentativeIT {

    private static final String GERMAN_DETAIL = "Eine Organisation braucht immer einen gesetzlichen Vertreter.";

    @Test
    void ORG_7_lastLegalRepresentativeCannotBeRemoved() {
        TestUser owner = Keycloak.createUser();
        String org = ownOrganization(owner);
        String ownerId = accountId(owner, org, owner);

        JsonNode refusal = problem(Api.as(owner).inLanguage("de").delete(users(org) + "/" + ownerId), 409, "TEN-104");

        assertThat(refusal.path("detail").asText()).startsWith(GERMAN_DETAIL);
        assertOnlyLegalRepresentative(owner, org);
    }

    @Test
    void ORG_7_lastLegalRepresentativeCannotBeDemoted() {
        TestUser owner = Keycloak.createUser();
        String org = ownOrganization(owner);
        String ownerId = accountId(owner, org, owner);

        Http.Reply reply = Api.as(owner).inLanguage("de-CH, de;q=0.9, en;q=0.5")
                .patch(users(org) + "/" + ownerId, Map.of("role", "administrator"));

        assertThat(problem(reply, 409, "TEN-104").path("detail").asText()).startsWith(GERMAN_DETAIL);
        assertThat(reply.header("Content-Language")).isEqualTo("de");
        assertOnlyLegalRepresentative(owner, org);
    }

    @Test
    void ORG_7_lastLegalRepresentativeCannotLeave() {
        TestUser owner = Keycloak.createUser();
        String org = ownOrganization(owner);

        JsonNode refusal = problem(Api.as(owner).inLanguage("de").delete(organization(org) + "/membership"),
                409, "TEN-104");

        assertThat(refusal.path("detail").asText()).startsWith(GERMAN_DETAIL);
        assertOnlyLegalRepresentative(owner, org);
        assertThat(organizationsOf(owner)).extracting(o -> o.path("id").asText()).containsExactly(org);
    }

    @Test
    void ORG_5_ORG_7_removingSeveralUsersIncludingTheLastLegalRepresentativeRemovesNone() {
        TestUser owner = Keycloak.createUser();
        String org = ownOrganization(owner);
        TestUser collaborator = join(owner, org, "collaborator");

        Http.Reply reply = Api.as(owner).delete(users(org) + "?id=" + accountId(owner, org, collaborator)
                + "&id=" + accountId(owner, org, owner));

        problem(reply, 409, "TEN-104");
        assertThat(members(owner, org)).extracting(m -> m.path("email").asText())
                .containsExactlyInAnyOrder(owner.email(), collaborator.email());
    }

    @RepeatedTest(5)
    void ORG_7_twoLegalRepresentativesRemovingEachOtherAtOnceLeaveOne() throws Exception {
        TestUser a = Keycloak.createUser();
        String org = ownOrganization(a);
        TestUser b = join(a, org, "legal-representative");
        String idOfA = accountId(a, org, a);
        String idOfB = accountId(a, org, b);

        List<Http.Reply> replies = atTheSameMoment(
                () -> Api.as(a).delete(users(org) + "/" + idOfB),
                () -> Api.as(b).delete(users(org) + "/" + idOfA));

        TestUser survivor = exactlyOneSucceeded(replies, a, b);
        // The other one was removed first, so the organization is no longer theirs to see.
        problem(loser(replies), 404, "TEN-101");
        assertOnlyLegalRepresentative(survivor, org);
    }

    @RepeatedTest(5)
    void ORG_7_twoLegalRepresentativesLeavingAtOnceLeaveOne() throws Exception {
        TestUser a = Keycloak.createUser();
        String org = ownOrganization(a);
        TestUser b = join(a, org, "legal-representative");

        List<Http.Reply> replies = atTheSameMoment(
                () -> Api.as(a).delete(organization(org) + "/membership"),
                () -> Api.as(b).delete(organization(org) + "/membership"));

        // The one whose leaving was refused stays, as the last legal representative.
        TestUser left = exactlyOneSucceeded(replies, a, b);
        problem(loser(replies), 409, "TEN-104");
        assertOnlyLegalRepresentative(left == a ? b : a, org);
    }

    @RepeatedTest(5)
    void ORG_7_twoLegalRepresentativesDemotingEachOtherAtOnceLeaveOne() throws Exception {
        TestUser a = Keycloak.createUser();
        String org = ownOrganization(a);
        TestUser b = join(a, org, "legal-representative");
        String idOfA = accountId(a, org, a);
        String idOfB = accountId(a, org, b);

        List<Http.Reply> replies = atTheSameMoment(
                () -> Api.as(a).patch(users(org) + "/" + idOfB, Map.of("role", "administrator")),
                () -> Api.as(b).patch(users(org) + "/" + idOfA, Map.of("role", "administrator")));

        assertThat(replies).extracting(Http.Reply::status).as(replies.toString()).containsOnlyOnce(200);
        // The loser is an administrator by now, and only a legal representative may demote one.
        problem(loser(replies), 403, "TEN-105");
        TestUser survivor = replies.get(0).status() == 200 ? a : b;
        List<JsonNode> members = members(survivor, org);
        assertThat(members).filteredOn(m -> m.path("role").asText().equals("legal-representative"))
                .extracting(m -> m.path("email").asText()).containsExactly(survivor.email());
        assertThat(members).hasSize(2);
    }

    /** Runs both calls in two threads released by one latch, and answers their replies in order. */
    @SafeVarargs
    private static List<Http.Reply> atTheSameMoment(Callable<Http.Reply>... calls)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch ready = new CountDownLatch(calls.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> futures = new ArrayList<>();
            for (Callable<Http.Reply> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            threads.shutdownNow();
        }
    }

    /** One reply is 204 and the other is not; answers the user whose call succeeded. */
    private static TestUser exactlyOneSucceeded(List<Http.Reply> replies, TestUser first, TestUser second) {
        assertThat(replies).extracting(Http.Reply::status).as(replies.toString()).containsOnlyOnce(204);
        return replies.get(0).status() == 204 ? first : second;
    }

    private static Http.Reply loser(List<Http.Reply> replies) {
        return replies.get(0).status() / 100 == 2 ? replies.get(1) : replies.get(0);
    }

    /** The user is the organization's only member left, and its legal representative. */
    private static void assertOnlyLegalRepresentative(TestUser user, String org) {
        List<JsonNode> members = members(user, org);
        assertThat(members).extracting(m -> m.path("email").asText()).containsExactly(user.email());
        assertThat(members.get(0).path("role").asText()).isEqualTo("legal-representative");
    }
}
