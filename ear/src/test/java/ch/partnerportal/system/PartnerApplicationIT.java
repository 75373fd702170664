package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAR-1 from the applicant's request to the platform administrator's decision: the managed value with
 * its computation, the refusals of bad applications, the review queue, the e-mails, the realm role
 * {@code partner} in Keycloak and in the token, revocation, and the yearly review.
 */
@ExtendWith(Mailbox.class)
class PartnerApplicationIT {

    private static final TestUser ADMIN = Keycloak.createPlatformAdmin();
    private static final String VALID_UID = "CHE-109.322.551";

    private static String application(String organization) {
        return Portal.organization(organization) + "/partner-application";
    }

    private static Map<String, Object> request(String uid, String website, String conditions, String committed) {
        Map<String, Object> body = new HashMap<>();
        body.put("registerCountry", "CH");
        body.put("registerNumber", uid);
        body.put("website", website);
        body.put("acceptedConditions", conditions);
        if (committed != null) {
            body.put("committedValue", committed);
        }
        return body;
    }

    private static String conditionsVersion(TestUser user) {
        return ok(Api.as(user).get("/api/1/partner-programme/conditions"), 200).path("version").asText();
    }

    private static MimeMessage mail(TestUser user, String subjectPart) {
        return Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox.messagesTo(user.email()).stream()
                .filter(m -> Mailbox.subject(m).contains(subjectPart)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static JsonNode queued(String applicationId) {
        JsonNode items = ok(Api.as(ADMIN).get("/api/1/partner-applications?status=pending&size=100"), 200).path("items");
        for (JsonNode item : items) {
            if (item.path("id").asText().equals(applicationId)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void PAR_1_aLegalRepresentativeAppliesAndAPlatformAdministratorApprovesThenRevokes() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        TestUser collaborator = Portal.join(owner, organization, "collaborator");
        Portal.buy(owner, organization, List.of(
                Map.of("type", "web-hosting", "label", "www.partner-one.ch", "years", 1),
                Map.of("type", "domain-ch", "label", "partner-one.ch", "years", 2)));

        JsonNode standing = ok(Api.as(owner).get(application(organization)), 200);
        assertThat(standing.path("currency").asText()).isEqualTo("CHF");
        assertThat(standing.path("computation")).hasSize(2);
        assertThat(standing.path("managedValue").asText()).as("347.20 + 13.00 a year").isEqualTo("360.20");
        assertThat(standing.path("threshold").asText()).isEqualTo("2000.00");
        assertThat(standing.path("thresholdMet").asBoolean()).isFalse();
        assertThat(standing.path("mayApply").asBoolean()).isTrue();
        assertThat(standing.path("application").isNull()).isTrue();
        String version = conditionsVersion(owner);
        assertThat(version).isEqualTo(standing.path("conditionsVersion").asText());
        assertThat(ok(Api.as(owner).withHeader("Accept-Language", "fr").get("/api/1/partner-programme/conditions"), 200)
                .path("text").asText()).contains("Conditions de revente");

        String website = "https://www.partner-one.ch";
        problem(Api.as(owner).post(application(organization), request("CHE-109.322.552", website, version, "2400")),
                400, "PRT-503");
        problem(Api.as(owner).post(application(organization), request(VALID_UID, "www.partner-one.ch", version, "2400")),
                400, "PRT-507");
        problem(Api.as(owner).post(application(organization), request(VALID_UID, website, "2001-01", "2400")),
                400, "PRT-510");
        problem(Api.as(owner).post(application(organization), request(VALID_UID, website, version, null)), 400, "PRT-508");
        problem(Api.as(owner).post(application(organization), request(VALID_UID, website, version, "1999.95")),
                400, "PRT-508");
        problem(Api.as(owner).post(application(organization), request(VALID_UID, website, version, "24,00.5")),
                400, "PRT-515");
        problem(Api.as(collaborator).post(application(organization), request(VALID_UID, website, version, "2400")),
                403, "TEN-134");
        problem(Api.as(collaborator).get(application(organization)), 403, "TEN-102");
        problem(Api.as(Keycloak.createUser()).get(application(organization)), 404, "TEN-101");
        assertThat(ok(Api.as(owner).get(application(organization)), 200).path("application").isNull())
                .as("a refused application leaves nothing").isTrue();

        JsonNode applied = ok(Api.as(owner).post(application(organization),
                request("che 109 322 551", website, version, "2400")), 201).path("application");
        assertThat(applied.path("status").asText()).isEqualTo("pending");
        assertThat(applied.path("registerNumber").asText()).isEqualTo(VALID_UID);
        assertThat(applied.path("managedValue").asText()).isEqualTo("360.20");
        assertThat(applied.path("committedValue").asText()).isEqualTo("2400.00");
        assertThat(applied.path("conditionsVersion").asText()).isEqualTo(version);
        assertThat(Instant.parse(applied.path("conditionsAcceptedAt").asText()))
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(2)));
        assertThat(applied.path("applicant").asText()).isEqualTo(owner.email());
        mail(owner, "received");
        problem(Api.as(owner).post(application(organization), request(VALID_UID, website, version, "2400")),
                409, "PRT-511");

        String id = applied.path("id").asText();
        problem(Api.as(owner).get("/api/1/partner-applications"), 403, "API-008");
        problem(Api.as(owner).post("/api/1/partner-applications/" + id + "/approval", Map.of("reason", "Mine")),
                403, "API-008");
        JsonNode inQueue = queued(id);
        assertThat(inQueue).as("in the review queue").isNotNull();
        assertThat(inQueue.path("organizationId").asText()).isEqualTo(organization);
        problem(Api.as(ADMIN).post("/api/1/partner-applications/" + id + "/approval", Map.of("reason", "  ")),
                400, "PRT-509");
        problem(Api.as(ADMIN).get("/api/1/partner-applications?status=maybe"), 400, "PRT-516");

        JsonNode approved = ok(Api.as(ADMIN).post("/api/1/partner-applications/" + id + "/approval",
                Map.of("reason", "Register and website checked")), 200);
        assertThat(approved.path("status").asText()).isEqualTo("approved");
        assertThat(approved.path("decidedBy").asText()).isNotBlank();
        assertThat(queued(id)).as("no longer pending").isNull();
        assertThat(Mailbox.plainText(mail(owner, "is now a partner"))).contains("Register and website checked");
        problem(Api.as(ADMIN).post("/api/1/partner-applications/" + id + "/refusal", Map.of("reason", "Late")),
                409, "PRT-512");
        JsonNode seen = ok(Api.as(owner).get(application(organization)), 200);
        assertThat(seen.path("application").path("status").asText()).isEqualTo("approved");
        assertThat(seen.path("application").path("decisionReason").asText()).isEqualTo("Register and website checked");
        assertThat(seen.path("mayApply").asBoolean()).isFalse();

        String group = "/partners/" + organization;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Keycloak.groupPaths(owner).contains(group) && Keycloak.groupPaths(collaborator).contains(group));
        assertThat(Keycloak.realmRoles(owner)).contains("partner");
        assertThat(Keycloak.realmRoles(collaborator)).as("every member of a partner").contains("partner");

        problem(Api.as(ADMIN).post("/api/1/partner-applications/" + id + "/revocation", Map.of()), 400, "PRT-509");
        JsonNode revoked = ok(Api.as(ADMIN).post("/api/1/partner-applications/" + id + "/revocation",
                Map.of("reason", "Conditions not met")), 200);
        assertThat(revoked.path("status").asText()).isEqualTo("revoked");
        assertThat(revoked.path("endReason").asText()).isEqualTo("Conditions not met");
        assertThat(Mailbox.plainText(mail(owner, "no longer a partner"))).contains("Conditions not met");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !Keycloak.groupPaths(owner).contains(group));
        assertThat(Keycloak.realmRoles(owner)).doesNotContain("partner");
        problem(Api.as(ADMIN).post("/api/1/partner-applications/" + id + "/revocation",
                Map.of("reason", "Again")), 409, "PRT-514");
        assertThat(ok(Api.as(owner).get(application(organization)), 200).path("mayApply").asBoolean())
                .as("a former partner may apply again").isTrue();
    }

    @Test
    void PAR_1_aRefusedApplicantReadsTheReasonAndAWithdrawnApplicationLeavesTheQueue() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String version = conditionsVersion(owner);
        String id = ok(Api.as(owner).post(application(organization),
                request(VALID_UID, "https://www.refused.ch", version, "5000")), 201).path("application").path("id").asText();
        ok(Api.as(ADMIN).post("/api/1/partner-applications/" + id + "/refusal",
                Map.of("reason", "The website is not reachable")), 200);
        assertThat(Mailbox.plainText(mail(owner, "was refused"))).contains("The website is not reachable");
        JsonNode seen = ok(Api.as(owner).get(application(organization)), 200);
        assertThat(seen.path("application").path("status").asText()).isEqualTo("refused");
        assertThat(seen.path("application").path("decisionReason").asText()).isEqualTo("The website is not reachable");
        problem(Api.as(owner).delete(application(organization)), 404, "PRT-513");

        String again = ok(Api.as(owner).post(application(organization),
                request(VALID_UID, "https://www.refused.ch", version, "5000")), 201).path("application").path("id").asText();
        assertThat(queued(again)).isNotNull();
        assertThat(ok(Api.as(owner).delete(application(organization)), 200).path("application").path("status").asText())
                .isEqualTo("withdrawn");
        assertThat(queued(again)).as("withdrawn").isNull();
        problem(Api.as(ADMIN).post("/api/1/partner-applications/" + again + "/approval", Map.of("reason", "Too late")),
                409, "PRT-512");
    }

    @Test
    void PAR_1_theYearlyReviewListsAPartnerBelowTheThresholdAndTellsItsGracePeriod() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String id = ok(Api.as(owner).post(application(organization),
                request(VALID_UID, "https://www.small-partner.ch", conditionsVersion(owner), "2000")), 201)
                .path("application").path("id").asText();
        ok(Api.as(ADMIN).post("/api/1/partner-applications/" + id + "/approval", Map.of("reason", "Committed volume")), 200);

        problem(Api.as(owner).post("/api/1/partner-reviews", Map.of()), 403, "API-008");
        JsonNode below = ok(Api.as(ADMIN).post("/api/1/partner-reviews", Map.of()), 200).path("items");
        JsonNode found = null;
        for (JsonNode item : below) {
            if (item.path("id").asText().equals(id)) {
                found = item;
            }
        }
        assertThat(found).as("a partner managing nothing is below the threshold").isNotNull();
        assertThat(found.path("reviewedValue").asText()).isEqualTo("0.00");
        assertThat(Instant.parse(found.path("graceUntil").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(90)), org.assertj.core.api.Assertions.within(Duration.ofHours(1)));
        assertThat(Mailbox.plainText(mail(owner, "below the partner threshold"))).contains("CHF 0.00");
        assertThat(ok(Api.as(ADMIN).get("/api/1/partner-reviews/below-threshold"), 200).path("items").findValuesAsText("id"))
                .contains(id);
        String graceUntil = found.path("graceUntil").asText();
        JsonNode again = ok(Api.as(ADMIN).post("/api/1/partner-reviews", Map.of()), 200).path("items");
        for (JsonNode item : again) {
            if (item.path("id").asText().equals(id)) {
                assertThat(item.path("graceUntil").asText()).as("the grace period runs from the first review below")
                        .isEqualTo(graceUntil);
            }
        }
        assertThat(again.findValuesAsText("id")).contains(id);
    }
}
