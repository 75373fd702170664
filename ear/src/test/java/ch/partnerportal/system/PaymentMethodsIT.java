package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import ch.partnerportal.system.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The payment methods of PAY-5 through the simulated provider, over the API: a second step
 * (3-D Secure, PayPal, Twint), a late confirmation, a lost answer, a saved Twint profile, and the
 * prepaid balance alone or with another method. Renewals of a selection (PAY-3, PAY-8) and the
 * payments list (REN-7).
 */
@ExtendWith(Mailbox.class)
class PaymentMethodsIT {

    private static final String THREE_D_SECURE = "4000 0027 6000 3184";
    private static final String LATE_APPROVAL = "4000 0000 0000 0077";
    private static final String LOST_ANSWER = "4000 0000 0000 0119";
    private static final String APPROVED = "4242 4242 4242 4242";

    private static String base(String organization) {
        return Portal.organization(organization);
    }

    private static String order(TestUser user, String organization) {
        return ok(Api.as(user).post(base(organization) + "/orders", Map.of("items", List.of(Map.of(
                "type", "domain-ch", "label", "pay-" + UUID.randomUUID().toString().substring(0, 8) + ".ch",
                "years", 1)))), 201).path("id").asText();
    }

    private static Http.Reply pay(TestUser user, String organization, String order, Map<String, Object> body,
                                  String key) {
        return Api.as(user).withHeader("Idempotency-Key", key)
                .post(base(organization) + "/orders/" + order + "/payment", body);
    }

    private static Http.Reply confirm(TestUser user, String organization, String order, String answer) {
        return Api.as(user).post(base(organization) + "/orders/" + order + "/payment/confirmation",
                Map.of("answer", answer));
    }

    private static String balance(TestUser user, String organization) {
        return ok(Api.as(user).get(base(organization) + "/prepaid-account"), 200).path("balance").asText();
    }

    private static void deposit(TestUser user, String organization, String amount) {
        ok(Api.as(user).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(base(organization) + "/prepaid-account/deposits",
                        Map.of("amount", amount, "method", "card", "cardNumber", APPROVED)), 200);
    }

    private static List<String> invoiceStatuses(TestUser user, String organization) {
        return ok(Api.as(user).get(base(organization) + "/invoices"), 200).path("items").findValuesAsText("status");
    }

    private static JsonNode orderNamed(TestUser user, String organization, String order) {
        for (JsonNode each : ok(Api.as(user).get(base(organization) + "/orders"), 200).path("items")) {
            if (each.path("id").asText().equals(order)) {
                return each;
            }
        }
        throw new AssertionError("no order " + order);
    }

    @Test
    void PAY_5_aThreeDSecureCardPaysOnlyOnceThePayerApprovedTheSecondStep() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        deposit(owner, organization, "10.00");
        String order = order(owner, organization);
        String key = UUID.randomUUID().toString();

        JsonNode waiting = ok(pay(owner, organization, order, Map.of("method", "card", "instrument", THREE_D_SECURE,
                "usePrepaidBalance", true), key), 202);
        assertThat(waiting.path("status").asText()).isEqualTo("action_required");
        assertThat(waiting.path("invoice").path("status").asText()).isEqualTo("pro_forma");
        assertThat(waiting.path("fromBalance").asText()).isEqualTo("10.00");
        assertThat(balance(owner, organization)).as("the balance part is held while the payer confirms")
                .isEqualTo("0.00");
        assertThat(orderNamed(owner, organization, order).path("status").asText()).isEqualTo("awaiting_payment");
        problem(pay(owner, organization, order, Map.of("method", "card", "instrument", APPROVED),
                UUID.randomUUID().toString()), 409, "BIL-340");
        assertThat(ok(pay(owner, organization, order, Map.of("method", "card", "instrument", THREE_D_SECURE,
                "usePrepaidBalance", true), key), 202).path("status").asText())
                .as("the same request again").isEqualTo("action_required");

        problem(confirm(owner, organization, order, "wrong code"), 402, "BIL-326");
        assertThat(balance(owner, organization)).as("declined: the balance part comes back").isEqualTo("10.00");
        assertThat(orderNamed(owner, organization, order).path("status").asText()).isEqualTo("pending");
        problem(confirm(owner, organization, order, "approve"), 409, "BIL-343");
        problem(pay(owner, organization, order, Map.of("method", "card", "instrument", THREE_D_SECURE,
                "usePrepaidBalance", true), key), 422, "BIL-312");
        assertThat(balance(owner, organization)).as("the declined attempt's key is not a new attempt")
                .isEqualTo("10.00");

        JsonNode second = ok(pay(owner, organization, order, Map.of("method", "card", "instrument", THREE_D_SECURE),
                UUID.randomUUID().toString()), 202);
        JsonNode paid = ok(confirm(owner, organization, order, "approve"), 200);
        assertThat(paid.path("status").asText()).isEqualTo("paid");
        assertThat(paid.path("invoice").path("id").asText()).isEqualTo(second.path("invoice").path("id").asText());
        assertThat(paid.path("invoice").path("number").asText()).matches("CHF-\\d{4}-\\d{6}");
        assertThat(invoiceStatuses(owner, organization)).containsExactlyInAnyOrder("paid", "cancelled");
        assertThat(ok(Api.as(owner).get(base(organization) + "/products"), 200).path("items")
                .findValuesAsText("autoRenew")).as("REN-2: a card").containsExactly("true");
    }

    @Test
    void PAY_5_aLateConfirmationIsSettledByTheProviderAndALostAnswerIsRepeatedWithoutPayingTwice() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String polled = order(owner, organization);
        String key = UUID.randomUUID().toString();
        Map<String, Object> late = Map.of("method", "card", "instrument", LATE_APPROVAL);
        assertThat(ok(pay(owner, organization, polled, late, key), 202).path("status").asText()).isEqualTo("pending");
        AtomicReference<JsonNode> settled = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Http.Reply reply = pay(owner, organization, polled, late, key);
            settled.set(reply.json());
            return reply.status() == 200;
        });
        assertThat(settled.get().path("invoice").path("status").asText()).isEqualTo("paid");

        String leftAlone = order(owner, organization);
        ok(pay(owner, organization, leftAlone, late, UUID.randomUUID().toString()), 202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(orderNamed(owner, organization, leftAlone).path("status").asText())
                        .as("settled by the portal's own poll, nobody asking").isEqualTo("paid"));

        String lost = order(owner, organization);
        String lostKey = UUID.randomUUID().toString();
        Map<String, Object> card = Map.of("method", "card", "instrument", LOST_ANSWER);
        problem(pay(owner, organization, lost, card, lostKey), 504, "BIL-350");
        assertThat(orderNamed(owner, organization, lost).path("status").asText())
                .as("in doubt: the provider may have charged").isEqualTo("awaiting_payment");
        JsonNode repeated = ok(pay(owner, organization, lost, card, lostKey), 200);
        assertThat(repeated.path("status").asText()).isEqualTo("paid");
        assertThat(invoiceStatuses(owner, organization)).containsExactlyInAnyOrder("paid", "paid", "paid");
    }

    @Test
    void PAY_5_aLostAnswerIsCompletedWithTheAmountsOfItsAttemptWhateverTheBalanceDidSince() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        deposit(owner, organization, "5.00");
        String order = order(owner, organization);
        String key = UUID.randomUUID().toString();
        Map<String, Object> lostWithBalance = Map.of("method", "card", "instrument", LOST_ANSWER,
                "usePrepaidBalance", true);

        problem(pay(owner, organization, order, lostWithBalance, key), 504, "BIL-350");
        assertThat(orderNamed(owner, organization, order).path("status").asText()).isEqualTo("awaiting_payment");
        assertThat(balance(owner, organization)).as("the attempt's balance part is held").isEqualTo("0.00");
        deposit(owner, organization, "2.00");

        JsonNode paid = ok(pay(owner, organization, order, lostWithBalance, key), 200);
        assertThat(paid.path("status").asText()).isEqualTo("paid");
        assertThat(paid.path("fromBalance").asText()).as("fixed at the attempt").isEqualTo("5.00");
        assertThat(new BigDecimal(paid.path("byMethod").asText()).add(new BigDecimal("5.00")))
                .isEqualByComparingTo(paid.path("invoice").path("amounts").path("payable").asText());
        assertThat(balance(owner, organization)).as("the later deposit is untouched").isEqualTo("2.00");
        assertThat(ok(pay(owner, organization, order, lostWithBalance, key), 200).path("invoice").path("id").asText())
                .as("repeated again: the same invoice").isEqualTo(paid.path("invoice").path("id").asText());
        assertThat(invoiceStatuses(owner, organization)).containsExactly("paid");
    }

    @Test
    void PAY_5_aNewAttemptAfterALostAnswerSettlesTheFirstWithTheProviderInsteadOfChargingAgain() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String order = order(owner, organization);
        problem(pay(owner, organization, order, Map.of("method", "card", "instrument", LOST_ANSWER),
                UUID.randomUUID().toString()), 504, "BIL-350");

        problem(pay(owner, organization, order, Map.of("method", "card", "instrument", APPROVED),
                UUID.randomUUID().toString()), 409, "BIL-331");
        assertThat(orderNamed(owner, organization, order).path("status").asText())
                .as("the first attempt had charged: it paid the order").isEqualTo("paid");
        assertThat(invoiceStatuses(owner, organization)).containsExactly("paid");

        String unattended = order(owner, organization);
        problem(pay(owner, organization, unattended, Map.of("method", "card", "instrument", LOST_ANSWER),
                UUID.randomUUID().toString()), 504, "BIL-350");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(orderNamed(owner, organization, unattended).path("status").asText())
                        .as("settled with the provider by the portal's own poll").isEqualTo("paid"));
    }

    @Test
    void PAY_5_oneIdempotencyKeyIsOneRequest() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        Map<String, Object> card = Map.of("method", "card", "instrument", APPROVED);
        String first = order(owner, organization);
        String key = UUID.randomUUID().toString();
        JsonNode paid = ok(pay(owner, organization, first, card, key), 200);
        assertThat(ok(pay(owner, organization, first, Map.of("method", "card", "instrument", "4242-4242-4242-4242"),
                key), 200).path("invoice").path("id").asText()).as("the same request, written differently")
                .isEqualTo(paid.path("invoice").path("id").asText());

        String second = order(owner, organization);
        problem(pay(owner, organization, second, card, key), 422, "BIL-312");
        assertThat(orderNamed(owner, organization, second).path("status").asText()).isEqualTo("pending");
        problem(pay(owner, organization, first, Map.of("method", "card", "instrument", "5555 5555 5555 4444"), key),
                422, "BIL-312");

        String depositKey = UUID.randomUUID().toString();
        Map<String, Object> deposit = Map.of("amount", "20.00", "method", "card", "cardNumber", APPROVED);
        ok(Api.as(owner).withHeader("Idempotency-Key", depositKey)
                .post(base(organization) + "/prepaid-account/deposits", deposit), 200);
        problem(pay(owner, organization, second, card, depositKey), 422, "BIL-312");
        problem(Api.as(owner).withHeader("Idempotency-Key", key)
                .post(base(organization) + "/prepaid-account/deposits", deposit), 422, "BIL-312");
        problem(Api.as(owner).withHeader("Idempotency-Key", depositKey)
                .post(base(organization) + "/prepaid-account/deposits", Map.of("amount", "21.00", "method", "card",
                        "cardNumber", APPROVED)), 422, "BIL-312");
        assertThat(balance(owner, organization)).as("one deposit, booked once").isEqualTo("20.00");
        assertThat(invoiceStatuses(owner, organization)).containsExactly("paid");
    }

    @Test
    void REN_2_aTwintPaymentSavesAProfileThatPaysTheNextOrderWithoutTheApp() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String first = order(owner, organization);
        problem(pay(owner, organization, first, Map.of("method", "twint", "instrument", "12345"),
                UUID.randomUUID().toString()), 400, "BIL-355");
        ok(pay(owner, organization, first, Map.of("method", "twint", "instrument", "079 123 45 67"),
                UUID.randomUUID().toString()), 202);
        assertThat(ok(confirm(owner, organization, first, "approve"), 200).path("provider").path("transactionId")
                .asText()).isNotBlank();
        assertThat(ok(Api.as(owner).get(base(organization) + "/renewals?all=true"), 200).path("savedTwintProfile")
                .asText()).isEqualTo("Twint •••• 4567");

        String second = order(owner, organization);
        JsonNode paid = ok(pay(owner, organization, second, Map.of("method", "twint"), UUID.randomUUID().toString()),
                200);
        assertThat(paid.path("status").asText()).as("the saved profile needs no app").isEqualTo("paid");
        assertThat(ok(Api.as(owner).get(base(organization) + "/products"), 200).path("items")
                .findValuesAsText("autoRenew")).containsOnly("true");

        String paypal = order(owner, organization);
        problem(pay(owner, organization, paypal, Map.of("method", "paypal", "instrument", "not an e-mail"),
                UUID.randomUUID().toString()), 400, "BIL-354");
        ok(pay(owner, organization, paypal, Map.of("method", "paypal", "instrument", "declined@paypal.example"),
                UUID.randomUUID().toString()), 202);
        problem(confirm(owner, organization, paypal, "approve"), 402, "BIL-353");
        ok(pay(owner, organization, paypal, Map.of("method", "paypal", "instrument", "anna@example.ch"),
                UUID.randomUUID().toString()), 202);
        assertThat(ok(confirm(owner, organization, paypal, "approve"), 200).path("status").asText())
                .isEqualTo("paid");
    }

    @Test
    void PAY_3_PAY_8_REN_7_aSelectionOfRenewalsEachWithItsPeriodIsPaidInOnePaymentWithOneInvoice() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        ok(pay(owner, organization, ok(Api.as(owner).post(base(organization) + "/orders", Map.of("items", List.of(
                Map.of("type", "domain-ch", "label", "rossi.ch", "years", 1),
                Map.of("type", "web-hosting", "label", "www.rossi.ch", "years", 1)))), 201).path("id").asText(),
                Map.of("method", "card", "instrument", APPROVED), UUID.randomUUID().toString()), 200);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));

        JsonNode soon = ok(Api.as(owner).get(base(organization) + "/renewals"), 200);
        assertThat(soon.path("months").asInt()).isEqualTo(2);
        assertThat(soon.path("items")).as("REN-7: nothing expires in the next two months").isEmpty();
        JsonNode all = ok(Api.as(owner).get(base(organization) + "/renewals?all=true"), 200).path("items");
        assertThat(all).hasSize(2);
        JsonNode domain = all.findParents("product").stream()
                .filter(n -> n.path("product").path("label").asText().equals("rossi.ch")).findFirst().orElseThrow();
        JsonNode hosting = all.findParents("product").stream()
                .filter(n -> n.path("product").path("label").asText().equals("www.rossi.ch")).findFirst().orElseThrow();
        assertThat(domain.path("options").findValuesAsText("years")).as("PAY-8: .ch for 1 to 10 years")
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(hosting.path("options").findValuesAsText("years")).containsExactly("1");
        String domainId = domain.path("product").path("id").asText();
        String hostingId = hosting.path("product").path("id").asText();

        problem(Api.as(owner).post(base(organization) + "/renewals", Map.of("items", List.of(
                Map.of("productId", domainId, "years", 2), Map.of("productId", domainId, "years", 3)))), 400, "BIL-339");
        problem(Api.as(owner).post(base(organization) + "/renewals", Map.of("items", List.of(
                Map.of("productId", domainId, "years", 11)))), 400, "BIL-313");
        TestUser stranger = Keycloak.createUser();
        problem(Api.as(stranger).post(base(Portal.ownOrganization(stranger)) + "/renewals", Map.of("items", List.of(
                Map.of("productId", domainId, "years", 1)))), 404, "BIL-341");

        JsonNode renewal = ok(Api.as(owner).post(base(organization) + "/renewals", Map.of("items", List.of(
                Map.of("productId", domainId, "years", 3), Map.of("productId", hostingId, "years", 1)))), 201);
        assertThat(renewal.path("lines").findValuesAsText("years")).containsExactly("3", "1");
        String payable = renewal.path("amounts").path("payable").asText();
        deposit(owner, organization, "50.00");
        JsonNode paid = ok(pay(owner, organization, renewal.path("id").asText(), Map.of("method", "card",
                "instrument", APPROVED, "usePrepaidBalance", true), UUID.randomUUID().toString()), 200);
        assertThat(paid.path("invoice").path("lines")).hasSize(2);
        assertThat(paid.path("invoice").path("amounts").path("payable").asText()).isEqualTo(payable);
        assertThat(new BigDecimal(paid.path("fromBalance").asText()).add(new BigDecimal(paid.path("byMethod").asText())))
                .isEqualByComparingTo(payable);

        JsonNode products = ok(Api.as(owner).get(base(organization) + "/products"), 200).path("items");
        assertThat(products).as("renewed, not bought again").hasSize(2);
        assertThat(products.findParents("label").stream()
                .filter(p -> p.path("label").asText().equals("rossi.ch")).findFirst().orElseThrow()
                .path("expiresOn").asText()).isEqualTo(today.plusYears(4).toString());
        assertThat(products.findParents("label").stream()
                .filter(p -> p.path("label").asText().equals("www.rossi.ch")).findFirst().orElseThrow()
                .path("expiresOn").asText()).isEqualTo(today.plusYears(2).toString());

        TestUser collaborator = Portal.join(owner, organization, "collaborator");
        problem(Api.as(collaborator).get(base(organization) + "/renewals"), 403, "TEN-124");
        problem(Api.as(collaborator).get(base(organization) + "/invoices"), 403, "TEN-124");
        problem(pay(collaborator, organization, order(owner, organization), Map.of("method", "card",
                "instrument", APPROVED), UUID.randomUUID().toString()), 403, "TEN-124");
    }

    @Test
    void PAY_5_theBalanceAlonePaysWhenItCoversTheOrder() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        JsonNode placed = ok(Api.as(owner).post(base(organization) + "/orders", Map.of("items", List.of(Map.of(
                "type", "domain-ch", "label", "balance-" + UUID.randomUUID().toString().substring(0, 8) + ".ch",
                "years", 1)))), 201);
        String order = placed.path("id").asText();
        String payable = placed.path("amounts").path("payable").asText();
        problem(pay(owner, organization, order, Map.of("method", "prepaid"), UUID.randomUUID().toString()),
                409, "BIL-309");
        deposit(owner, organization, payable);
        JsonNode paid = ok(pay(owner, organization, order, Map.of("method", "prepaid"), UUID.randomUUID().toString()),
                200);
        assertThat(paid.path("fromBalance").asText()).isEqualTo(payable);
        assertThat(paid.path("byMethod").asText()).isEqualTo("0.00");
        assertThat(balance(owner, organization)).isEqualTo("0.00");
        JsonNode postFinance = ok(pay(owner, organization, order(owner, organization), Map.of("method", "postfinance",
                "instrument", APPROVED, "usePrepaidBalance", true), UUID.randomUUID().toString()), 200);
        assertThat(postFinance.path("fromBalance").asText()).isEqualTo("0.00");
        assertThat(postFinance.path("byMethod").asText()).isEqualTo(payable);
    }

    @Test
    void PAY_6_aDepositWithASecondStepOrALateConfirmationIsBookedOnceTheProviderApproved() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String deposits = base(organization) + "/prepaid-account/deposits";
        String key = UUID.randomUUID().toString();
        Map<String, Object> secure = Map.of("amount", "50.00", "method", "card", "cardNumber", THREE_D_SECURE);
        JsonNode waiting = ok(Api.as(owner).withHeader("Idempotency-Key", key).post(deposits, secure), 202);
        assertThat(waiting.path("status").asText()).isEqualTo("action_required");
        assertThat(balance(owner, organization)).isEqualTo("0.00");
        ok(Api.as(owner).withHeader("Idempotency-Key", key).post(deposits, secure), 202);
        JsonNode booked = ok(Api.as(owner).withHeader("Idempotency-Key", key).post(deposits + "/confirmation",
                Map.of("answer", "approve")), 200);
        assertThat(booked.path("amount").asText()).isEqualTo("50.00");
        assertThat(balance(owner, organization)).isEqualTo("50.00");
        assertThat(ok(Api.as(owner).withHeader("Idempotency-Key", key).post(deposits, secure), 200).path("id").asText())
                .as("the same request again").isEqualTo(booked.path("id").asText());

        String refused = UUID.randomUUID().toString();
        ok(Api.as(owner).withHeader("Idempotency-Key", refused).post(deposits, secure), 202);
        problem(Api.as(owner).withHeader("Idempotency-Key", refused).post(deposits + "/confirmation",
                Map.of("answer", "cancel")), 402, "BIL-326");
        problem(Api.as(owner).withHeader("Idempotency-Key", refused).post(deposits + "/confirmation",
                Map.of("answer", "approve")), 409, "BIL-358");
        assertThat(balance(owner, organization)).isEqualTo("50.00");

        ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString()).post(deposits,
                Map.of("amount", "25.00", "method", "card", "cardNumber", LATE_APPROVAL)), 202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(balance(owner, organization)).as("booked by the portal's poll").isEqualTo("75.00"));
    }
}
