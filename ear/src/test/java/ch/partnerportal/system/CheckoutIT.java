package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Ordering and paying products over the API: one payment, one final invoice and its PDF (PAY-3..PAY-9). */
class CheckoutIT {

    private static final String APPROVED = "4242 4242 4242 4242";

    private static String base(String organization) {
        return Portal.organization(organization);
    }

    private static JsonNode order(TestUser user, String organization, List<Map<String, Object>> items) {
        return ok(Api.as(user).post(base(organization) + "/orders", Map.of("items", items)), 201);
    }

    private static Http.Reply pay(TestUser user, String organization, String order, String card, boolean prepaid,
                                  String key) {
        return Api.as(user).withHeader("Idempotency-Key", key).post(base(organization) + "/orders/" + order + "/payment",
                Map.of("method", "card", "cardNumber", card, "usePrepaidBalance", prepaid));
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    private static long sequenceOf(JsonNode invoice) {
        String number = invoice.path("number").asText();
        assertThat(number).matches("CHF-\\d{4}-\\d{6}");
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void PAY_5_PAY_7_anOrderPaidWithTheBalanceAndACardIssuesOneFinalInvoiceOnceWithItsPdf() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(base(organization) + "/prepaid-account/deposits",
                        Map.of("amount", "100.00", "method", "card", "cardNumber", APPROVED)), 200);

        JsonNode order = order(owner, organization, List.of(
                Map.of("type", "web-hosting", "label", "www.rossi.ch", "years", 1),
                Map.of("type", "domain-ch", "label", "rossi.ch", "years", 3)));
        assertThat(order.path("status").asText()).isEqualTo("pending");
        JsonNode amounts = order.path("amounts");
        assertThat(amounts.path("net").asText()).isEqualTo("386.20");
        assertThat(amounts.path("vat").asText()).isEqualTo("31.28");
        assertThat(amounts.path("gross").asText()).isEqualTo("417.48");
        assertThat(amounts.path("payable").asText()).as("CHF rounded to 0.05").isEqualTo("417.50");

        String key = UUID.randomUUID().toString();
        JsonNode paid = ok(pay(owner, organization, order.path("id").asText(), APPROVED, true, key), 200);
        assertThat(paid.path("fromBalance").asText()).isEqualTo("100.00");
        assertThat(paid.path("byMethod").asText()).isEqualTo("317.50");
        JsonNode invoice = paid.path("invoice");
        assertThat(invoice.path("status").asText()).isEqualTo("paid");
        assertThat(invoice.path("amounts").path("payable").asText()).isEqualTo("417.50");
        sequenceOf(invoice);

        JsonNode again = ok(pay(owner, organization, order.path("id").asText(), APPROVED, true, key), 200);
        assertThat(again.path("invoice").path("id").asText()).isEqualTo(invoice.path("id").asText());
        assertThat(again.path("fromBalance").asText()).isEqualTo("100.00");
        problem(pay(owner, organization, order.path("id").asText(), APPROVED, true, UUID.randomUUID().toString()),
                409, "BIL-331");

        JsonNode prepaid = ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200);
        assertThat(prepaid.path("balance").asText()).isEqualTo("0.00");
        assertThat(prepaid.path("ledger")).hasSize(2);
        assertThat(ok(Api.as(owner).get(base(organization) + "/invoices"), 200).path("items")).hasSize(1);

        Http.Download pdf = Http.download(Env.PORTAL_URL + base(organization) + "/invoices/"
                + invoice.path("id").asText() + "/pdf", Map.of("Authorization", "Bearer " + owner.token(),
                "Accept-Language", "de"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdfText(pdf.body())).contains("Rechnung " + invoice.path("number").asText(), "www.rossi.ch",
                "rossi.ch", "3 Jahre", "386.20", "MWST 8.1 %", "31.28", "417.50");
        TestUser stranger = Keycloak.createUser();
        String strangers = Portal.ownOrganization(stranger);
        Http.Download refused = Http.download(Env.PORTAL_URL + base(strangers) + "/invoices/"
                + invoice.path("id").asText() + "/pdf", Map.of("Authorization", "Bearer " + stranger.token()));
        assertThat(refused.status()).as("another organization's invoice").isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("BIL-315");
        Portal.problem(Api.as(owner).get(base(organization) + "/invoices/" + invoice.path("id").asText() + "/pdf"),
                406, "API-009");

        JsonNode products = ok(Api.as(owner).get(base(organization) + "/products"), 200).path("items");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));
        assertThat(products).hasSize(2);
        assertThat(products.findValuesAsText("expiresOn"))
                .containsExactlyInAnyOrder(today.plusYears(1).toString(), today.plusYears(3).toString());
        assertThat(products.findValuesAsText("autoRenew")).as("REN-2: paid by card").containsOnly("true");
    }

    @Test
    void PAY_3_PAY_4_aDeclinedPaymentTakesNoNumberAndLeavesThePendingOrderToBePaidLater() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(base(organization) + "/prepaid-account/deposits",
                        Map.of("amount", "5.00", "method", "card", "cardNumber", APPROVED)), 200);
        String first = order(owner, organization, List.of(Map.of("type", "kchat", "label", "Team", "years", 1)))
                .path("id").asText();
        long firstNumber = sequenceOf(ok(pay(owner, organization, first, APPROVED, false, UUID.randomUUID().toString()),
                200).path("invoice"));

        String second = order(owner, organization, List.of(Map.of("type", "mail-service", "label", "rossi.ch", "years", 1)))
                .path("id").asText();
        problem(pay(owner, organization, second, "4000 0000 0000 0002", true, UUID.randomUUID().toString()), 402,
                "BIL-326");
        assertThat(ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200).path("balance").asText())
                .isEqualTo("5.00");
        assertThat(ok(Api.as(owner).get(base(organization) + "/orders"), 200).path("items").findValuesAsText("status"))
                .containsExactlyInAnyOrder("paid", "pending");

        long secondNumber = sequenceOf(ok(pay(owner, organization, second, APPROVED, false,
                UUID.randomUUID().toString()), 200).path("invoice"));
        assertThat(secondNumber).as("no number lost to the declined payment").isEqualTo(firstNumber + 1);
    }

    @Test
    void PAY_8_periodsAreThoseTheProductAllows() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        problem(Api.as(owner).post(base(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "domain-ch", "label", "rossi.ch", "years", 11)))), 400, "BIL-313");
        problem(Api.as(owner).post(base(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "web-hosting", "label", "site", "years", 2)))), 400, "BIL-313");
        problem(Api.as(owner).post(base(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "spaceship", "label", "x", "years", 1)))), 400, "BIL-333");
        problem(Api.as(owner).post(base(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "kdrive", "label", " ", "years", 1)))), 400, "BIL-334");
        JsonNode tenYears = order(owner, organization,
                List.of(Map.of("type", "domain-ch", "label", "rossi.ch", "years", 10)));
        assertThat(tenYears.path("amounts").path("net").asText()).isEqualTo("130.00");
        assertThat(ok(Api.as(owner).get(base(organization) + "/orders"), 200).path("items")).hasSize(1);
    }

    @Test
    void PAY_8_aProductSoldByTheMonthIsBoughtAndRenewedForSeveralMonths() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        assertThat(problem(Api.as(owner).post(base(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "kdrive", "label", "Team drive", "months", 2)))), 400, "BIL-313")
                .path("detail").asText()).contains("2 months");
        problem(Api.as(owner).post(base(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "domain-ch", "label", "rossi.ch", "months", 6)))), 400, "BIL-313");
        problem(Api.as(owner).post(base(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "kdrive", "label", "Team drive", "months", 3, "years", 1)))), 400, "API-001");

        JsonNode order = order(owner, organization, List.of(Map.of("type", "kdrive", "label", "Team drive", "months", 3)));
        JsonNode line = order.path("lines").get(0);
        assertThat(line.path("months").asInt()).isEqualTo(3);
        assertThat(line.path("years").isNull()).as("not whole years").isTrue();
        assertThat(line.path("net").asText()).as("3 x CHF 18.50 a month").isEqualTo("55.50");
        ok(pay(owner, organization, order.path("id").asText(), APPROVED, false, UUID.randomUUID().toString()), 200);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));
        JsonNode drive = ok(Api.as(owner).get(base(organization) + "/products"), 200).path("items").get(0);
        assertThat(drive.path("expiresOn").asText()).isEqualTo(today.plusMonths(3).toString());

        JsonNode renewal = ok(Api.as(owner).get(base(organization) + "/renewals?all=true"), 200).path("items").get(0);
        assertThat(renewal.path("options").findValuesAsText("months")).containsExactly("1", "3", "6", "12");
        assertThat(renewal.path("options").findValuesAsText("net")).containsExactly("18.50", "55.50", "111.00", "199.00");
        JsonNode renewed = ok(Api.as(owner).post(base(organization) + "/renewals", Map.of("items",
                List.of(Map.of("productId", drive.path("id").asText(), "months", 6)))), 201);
        assertThat(renewed.path("lines").get(0).path("months").asInt()).isEqualTo(6);
        JsonNode paid = ok(pay(owner, organization, renewed.path("id").asText(), APPROVED, false,
                UUID.randomUUID().toString()), 200).path("invoice");
        assertThat(paid.path("lines").get(0).path("months").asInt()).isEqualTo(6);
        assertThat(ok(Api.as(owner).get(base(organization) + "/products"), 200).path("items").get(0)
                .path("expiresOn").asText()).as("six more months from the expiry")
                .isEqualTo(today.plusMonths(3).plusMonths(6).toString());

        Http.Download pdf = Http.download(Env.PORTAL_URL + base(organization) + "/invoices/" + paid.path("id").asText()
                + "/pdf", Map.of("Authorization", "Bearer " + owner.token(), "Accept-Language", "de"));
        assertThat(pdfText(pdf.body())).contains("Team drive", "6 Monate", "111.00");
    }

    /** The lists that used to stop at 200 (orders, invoices, credit notes, the ledger) come page by page with a total. */
    @Test
    void PAY_7_longListsComePageByPageWithTheirTotal() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        List<String> placed = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode order = order(owner, organization, List.of(Map.of("type", "domain-ch", "label",
                    "page" + i + "-" + java.util.UUID.randomUUID().toString().substring(0, 6) + ".ch", "years", 1)));
            placed.add(order.path("id").asText());
            ok(pay(owner, organization, order.path("id").asText(), APPROVED, false,
                    java.util.UUID.randomUUID().toString()), 200);
            ok(Api.as(owner).withHeader("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .post(base(organization) + "/prepaid-account/deposits",
                            Map.of("amount", (10 + i) + ".00", "method", "card", "cardNumber", APPROVED)), 200);
        }
        JsonNode first = ok(Api.as(owner).get(base(organization) + "/orders?size=2"), 200);
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items").get(0).path("id").asText()).as("newest first").isEqualTo(placed.get(2));
        assertThat(first.path("items")).hasSize(2);
        JsonNode rest = ok(Api.as(owner).get(base(organization) + "/orders?first=2&size=2"), 200);
        assertThat(rest.path("items")).hasSize(1);
        assertThat(rest.path("items").get(0).path("id").asText()).isEqualTo(placed.get(0));

        JsonNode invoices = ok(Api.as(owner).get(base(organization) + "/invoices?first=1&size=1"), 200);
        assertThat(invoices.path("total").asLong()).isEqualTo(3);
        assertThat(invoices.path("items")).hasSize(1);
        JsonNode notes = ok(Api.as(owner).get(base(organization) + "/credit-notes?size=100"), 200);
        assertThat(notes.path("total").asLong()).isZero();

        JsonNode movements = ok(Api.as(owner).get(base(organization) + "/prepaid-account/movements?size=2"), 200);
        assertThat(movements.path("total").asLong()).isEqualTo(3);
        assertThat(movements.path("items").findValuesAsText("amount")).as("newest first").containsExactly("12.00", "11.00");
        assertThat(ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200).path("movements").asLong())
                .isEqualTo(3);

        for (String list : new String[] {"/orders", "/invoices", "/credit-notes", "/prepaid-account/movements"}) {
            problem(Api.as(owner).get(base(organization) + list + "?size=0"), 400, "API-013");
            problem(Api.as(owner).get(base(organization) + list + "?size=101"), 400, "API-013");
            problem(Api.as(owner).get(base(organization) + list + "?first=-1"), 400, "API-013");
        }
    }
}
