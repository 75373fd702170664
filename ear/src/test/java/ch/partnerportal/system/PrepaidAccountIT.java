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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The prepaid account over the API: deposits by card through the simulated gateway (PAY-5, PAY-6, PAY-9). */
@ExtendWith(Mailbox.class)
class PrepaidAccountIT {

    private static final String APPROVED = "4242 4242 4242 4242";

    private static String account(String organization) {
        return Portal.organization(organization) + "/prepaid-account";
    }

    private static Http.Reply deposit(TestUser user, String organization, String amount, String method, String card,
                                      String key) {
        Map<String, Object> body = Map.of("amount", amount, "method", method, "cardNumber", card);
        return Api.as(user).withHeader("Idempotency-Key", key).post(account(organization) + "/deposits", body);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void PAY_6_depositsAreBetweenTenCentimesAndNineThousandNineHundredNinetyNine() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        problem(deposit(owner, organization, "0.09", "card", APPROVED, key()), 400, "BIL-306");
        problem(deposit(owner, organization, "9999.01", "card", APPROVED, key()), 400, "BIL-306");
        problem(deposit(owner, organization, "-5", "card", APPROVED, key()), 400, "BIL-303");
        problem(deposit(owner, organization, "12.345", "card", APPROVED, key()), 400, "BIL-304");
        problem(deposit(owner, organization, "ten", "card", APPROVED, key()), 400, "BIL-302");
        ok(deposit(owner, organization, "0.10", "card", APPROVED, key()), 200);
        ok(deposit(owner, organization, "9999.00", "postfinance", "5555 5555 5555 4444", key()), 200);

        JsonNode view = ok(Api.as(owner).get(account(organization)), 200);
        assertThat(view.path("currency").asText()).isEqualTo("CHF");
        assertThat(view.path("balance").asText()).isEqualTo("9999.10");
        assertThat(view.path("ledger")).hasSize(2);
    }

    @Test
    void PAY_9_theBillingCountrySetsTheCurrencyAndPostFinanceIsOnlyForFrancs() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        ok(Api.as(owner).patch(Portal.organization(organization), Map.of("country", "DE")), 200);
        problem(deposit(owner, organization, "50.00", "postfinance", APPROVED, key()), 400, "BIL-307");
        JsonNode movement = ok(deposit(owner, organization, "50,00", "card", APPROVED, key()), 200);
        assertThat(movement.path("amount").asText()).isEqualTo("50.00");
        assertThat(ok(Api.as(owner).get(account(organization)), 200).path("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void PAY_6_aRepeatedDepositRequestIsBookedOnceEvenWhenTheRepeatsArriveTogether() throws Exception {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String key = key();
        owner.token();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Http.Reply>> same = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                same.add(() -> deposit(owner, organization, "25.00", "card", APPROVED, key));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Http.Reply> reply : pool.invokeAll(same)) {
                ids.add(ok(reply.get(), 200).path("id").asText());
            }
            assertThat(ids).as("every repeat answers the first deposit").containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        problem(deposit(owner, organization, "30.00", "card", APPROVED, key), 422, "BIL-312");
        JsonNode view = ok(Api.as(owner).get(account(organization)), 200);
        assertThat(view.path("balance").asText()).isEqualTo("25.00");
        assertThat(view.path("ledger")).hasSize(1);
    }

    @Test
    void PAY_5_aDeclinedCardOrABadNumberBooksNothing() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        problem(deposit(owner, organization, "40.00", "card", "4000 0000 0000 0002", key()), 402, "BIL-326");
        problem(deposit(owner, organization, "40.00", "card", "4000 0000 0000 9995", key()), 402, "BIL-327");
        problem(deposit(owner, organization, "40.00", "card", "4242 4242 4242 4241", key()), 400, "BIL-325");
        problem(deposit(owner, organization, "40.00", "paypal", APPROVED, key()), 400, "BIL-308");
        problem(deposit(owner, organization, "40.00", "cash", APPROVED, key()), 400, "BIL-329");
        Http.Reply noKey = Api.as(owner).post(account(organization) + "/deposits",
                Map.of("amount", "40.00", "method", "card", "cardNumber", APPROVED));
        problem(noKey, 400, "BIL-311");
        JsonNode view = ok(Api.as(owner).get(account(organization)), 200);
        assertThat(view.path("balance").asText()).isEqualTo("0.00");
        assertThat(view.path("ledger")).isEmpty();
    }

    @Test
    void ORG_6_onlyMembersWithTheBillingPermissionSeeOrCreditTheAccount() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        TestUser collaborator = Portal.join(owner, organization, "collaborator");
        problem(Api.as(collaborator).get(account(organization)), 403, "TEN-124");
        problem(deposit(collaborator, organization, "10.00", "card", APPROVED, key()), 403, "TEN-124");

        String accountId = Portal.accountId(owner, organization, collaborator);
        ok(Api.as(owner).patch(Portal.users(organization) + "/" + accountId, Map.of("permissions", List.of("billing"))),
                200);
        ok(deposit(collaborator, organization, "10.00", "card", APPROVED, key()), 200);
        assertThat(ok(Api.as(owner).get(account(organization)), 200).path("balance").asText()).isEqualTo("10.00");

        TestUser stranger = Keycloak.createUser();
        Portal.ownOrganization(stranger);
        problem(Api.as(stranger).get(account(organization)), 404, "TEN-101");
    }

    /**
     * PAY-5: a deposit whose answer was lost (the provider charged) is booked once, by the poll when
     * nobody repeats it, and its later repeat answers that same deposit instead of charging again.
     */
    @Test
    void PAY_5_aDepositWhoseAnswerWasLostIsBookedOnceEvenIfNobodyRepeatsIt() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String lost = key();
        problem(deposit(owner, organization, "12.50", "card", "4000 0000 0000 0119", lost), 504, "BIL-350");
        JsonNode booked = org.awaitility.Awaitility.await("the poll books the deposit the provider charged")
                .atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofSeconds(2))
                .until(() -> ok(Api.as(owner).get(account(organization)), 200),
                        view -> view.path("balance").asText().equals("12.50"));
        assertThat(booked.path("ledger")).hasSize(1);
        JsonNode repeated = ok(deposit(owner, organization, "12.50", "card", "4000 0000 0000 0119", lost), 200);
        assertThat(repeated.path("id").asText())
                .isEqualTo(booked.path("ledger").get(0).path("id").asText());
        assertThat(ok(Api.as(owner).get(account(organization)), 200).path("balance").asText()).isEqualTo("12.50");
        problem(deposit(owner, organization, "13.00", "card", "4000 0000 0000 0119", lost), 422, "BIL-312");
    }

    /** PAY-5: the repeat of a deposit whose answer was lost books it at once, once. */
    @Test
    void PAY_5_theRepeatOfALostDepositBooksItOnce() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String lost = key();
        problem(deposit(owner, organization, "20.00", "card", "4000 0000 0000 0119", lost), 504, "BIL-350");
        JsonNode first = ok(deposit(owner, organization, "20.00", "card", "4000 0000 0000 0119", lost), 200);
        JsonNode second = ok(deposit(owner, organization, "20.00", "card", "4000 0000 0000 0119", lost), 200);
        assertThat(second.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(ok(Api.as(owner).get(account(organization)), 200).path("balance").asText()).isEqualTo("20.00");
    }
}
