package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator's monitoring reads: readiness with its checks, cheap liveness, the metrics. */
class HealthAndMetricsIT {

    private static final Pattern PAID_BY_CARD = Pattern.compile(
            "(?m)^payments_total\\{[^}]*method=\"card\"[^}]*outcome=\"paid\"[^}]*} ([0-9.E]+)$|"
                    + "^payments_total\\{[^}]*outcome=\"paid\"[^}]*method=\"card\"[^}]*} ([0-9.E]+)$");

    @Test
    void readinessReportsTheDatabaseKeycloakAndTheOutbox() {
        Http.Reply ready = Http.send("GET", Env.PORTAL_URL + "/health/ready", Map.of(), null);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonNode checks = ready.json().path("checks");
        assertThat(checks.findValuesAsText("name")).as("each check once, not once per web module")
                .containsExactlyInAnyOrder("database", "keycloak", "outbox");
        for (JsonNode check : checks) {
            assertThat(check.path("status").asText()).as(check.toString()).isEqualTo("UP");
        }
        JsonNode outbox = checks.findParents("name").stream()
                .filter(check -> check.path("name").asText().equals("outbox")).findFirst().orElseThrow();
        assertThat(outbox.path("data").has("pending")).isTrue();
        assertThat(outbox.path("data").has("oldestWaitingSeconds")).isTrue();
        assertThat(outbox.path("data").has("setAsideMails")).isTrue();

        Http.Reply live = Http.send("GET", Env.PORTAL_URL + "/health/live", Map.of(), null);
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(live.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsCountRequestsOutboxLagAndPaymentsByOutcome() {
        double paidBefore = paidByCard(metrics());
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String order = Portal.ok(Api.as(owner).post(Portal.organization(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "domain-ch", "label", "metrics-" + UUID.randomUUID().toString().substring(0, 6)
                        + ".ch", "years", 1)))), 201).path("id").asText();
        Portal.ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(Portal.organization(organization) + "/orders/" + order + "/payment",
                        Map.of("method", "card", "instrument", "4242 4242 4242 4242")), 200);

        String text = metrics();
        assertThat(paidByCard(text)).as("one more card payment paid").isEqualTo(paidBefore + 1);
        assertThat(text).contains("outbox_pending").contains("outbox_lag_seconds").contains("mail_set_aside");
        assertThat(text).as("request rates and latencies of the API").containsPattern("(?m)^REST_request_(total|elapsedTime)");
        assertThat(text).as("no percentile histogram kept per timer: one per REST operation filled the heap")
                .doesNotContain("quantile=\"");
    }

    private static String metrics() {
        Http.Reply reply = Http.send("GET", Env.PORTAL_URL + "/metrics", Map.of("Accept", "text/plain"), null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.text();
    }

    private static double paidByCard(String metrics) {
        Matcher found = PAID_BY_CARD.matcher(metrics);
        if (!found.find()) {
            return 0;
        }
        return Double.parseDouble(found.group(1) != null ? found.group(1) : found.group(2));
    }
}
