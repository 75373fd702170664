package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Refunds issue credit notes and send the money back once (issue 3), with their PDF (PAY-7). */
@ExtendWith(Mailbox.class)
class RefundIT {

    private static final TestUser SUPPORT = Keycloak.createPlatformAdmin();

    private static String base(String organization) {
        return Portal.organization(organization);
    }

    private static Http.Reply refund(TestUser user, String invoice, Map<String, Object> body, String key) {
        return Api.as(user).withHeader("Idempotency-Key", key).post("/api/1/invoices/" + invoice + "/credit-notes", body);
    }

    @Test
    void PAY_7_aRefundIssuesACreditNoteAndSendsTheMoneyBackOnceToWhatPaid() throws Exception {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(base(organization) + "/prepaid-account/deposits",
                        Map.of("amount", "30.00", "method", "card", "cardNumber", "4242424242424242")), 200);
        String order = ok(Api.as(owner).post(base(organization) + "/orders", Map.of("items", List.of(
                Map.of("type", "web-hosting", "label", "www.refund.ch", "years", 1),
                Map.of("type", "domain-ch", "label", "refund.ch", "years", 2)))), 201).path("id").asText();
        JsonNode paid = ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(base(organization) + "/orders/" + order + "/payment", Map.of("method", "card",
                        "instrument", "4242424242424242", "usePrepaidBalance", true)), 200);
        assertThat(paid.path("fromBalance").asText()).isEqualTo("30.00");
        JsonNode invoice = paid.path("invoice");
        String invoiceId = invoice.path("id").asText();

        problem(refund(owner, invoiceId, Map.of("lines", List.of(1)), UUID.randomUUID().toString()), 403, "API-008");
        String key = UUID.randomUUID().toString();
        Map<String, Object> domainToBalance = Map.of("lines", List.of(2), "reason", "Domain moved",
                "refundTo", "prepaid-account");
        JsonNode first = ok(refund(SUPPORT, invoiceId, domainToBalance, key), 201);
        assertThat(first.path("number").asText()).matches("CN-CHF-\\d{4}-\\d{6}");
        assertThat(first.path("invoiceNumber").asText()).isEqualTo(invoice.path("number").asText());
        String domain = first.path("amounts").path("payable").asText();
        assertThat(first.path("toProvider").asText()).isEqualTo("0.00");
        assertThat(first.path("toBalance").asText()).isEqualTo(domain);
        assertThat(ok(refund(SUPPORT, invoiceId, domainToBalance, key), 201).path("id").asText())
                .as("the same request again").isEqualTo(first.path("id").asText());
        problem(refund(SUPPORT, invoiceId, Map.of("lines", List.of(2)), UUID.randomUUID().toString()), 409, "BIL-319");
        problem(refund(SUPPORT, invoiceId, Map.of("lines", List.of(7)), UUID.randomUUID().toString()), 400, "BIL-321");

        problem(refund(SUPPORT, invoiceId, Map.of(), UUID.randomUUID().toString()), 400, "BIL-320");
        problem(refund(SUPPORT, invoiceId, Map.of("lines", List.of(1)), UUID.randomUUID().toString()), 400, "BIL-363");
        problem(refund(SUPPORT, invoiceId, Map.of("lines", List.of(1), "reason", " "), UUID.randomUUID().toString()),
                400, "BIL-363");
        problem(refund(SUPPORT, invoiceId, Map.of("lines", List.of(1), "allLines", true, "reason", "Cancelled"),
                UUID.randomUUID().toString()), 400, "BIL-364");
        assertThat(ok(Api.as(owner).get(base(organization) + "/credit-notes"), 200).path("items"))
                .as("a refund that names no lines or no reason refunds nothing").hasSize(1);
        JsonNode rest = ok(refund(SUPPORT, invoiceId, Map.of("allLines", true, "reason", "Contract cancelled"),
                UUID.randomUUID().toString()), 201);
        assertThat(rest.path("lines").findValuesAsText("number")).containsExactly("1");
        BigDecimal byCard = new BigDecimal(paid.path("byMethod").asText());
        assertThat(new BigDecimal(rest.path("toProvider").asText())).as("back to the card: at most what it paid")
                .isEqualByComparingTo(byCard);
        BigDecimal hosting = new BigDecimal(rest.path("amounts").path("payable").asText());
        assertThat(new BigDecimal(rest.path("toBalance").asText())).isEqualByComparingTo(hosting.subtract(byCard));
        assertThat(new BigDecimal(domain).add(hosting)).as("together exactly what was paid")
                .isEqualByComparingTo(invoice.path("amounts").path("payable").asText());
        assertThat(new BigDecimal(ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200)
                .path("balance").asText())).isEqualByComparingTo(new BigDecimal(domain).add(hosting.subtract(byCard)));
        problem(refund(SUPPORT, invoiceId, Map.of(), UUID.randomUUID().toString()), 400, "BIL-320");

        JsonNode notes = ok(Api.as(owner).get(base(organization) + "/credit-notes"), 200).path("items");
        assertThat(notes).extracting(note -> note.path("number").asText())
                .containsExactlyInAnyOrder(first.path("number").asText(), rest.path("number").asText());
        Http.Download pdf = Http.download(Env.PORTAL_URL + base(organization) + "/credit-notes/"
                + first.path("id").asText() + "/pdf", Map.of("Authorization", "Bearer " + owner.token(),
                "Accept-Language", "de"));
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Gutschrift " + first.path("number").asText(),
                    "Erstattet Rechnung " + invoice.path("number").asText(), "Grund: Domain moved", "refund.ch",
                    "CHF " + domain + " Ihrem Guthabenkonto gutgeschrieben");
        }
        TestUser collaborator = Portal.join(owner, organization, "collaborator");
        problem(Api.as(collaborator).get(base(organization) + "/credit-notes"), 403, "TEN-124");
    }

    @Test
    void PAY_3_aProFormaIsNotRefundedBecauseNothingWasPaid() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String order = ok(Api.as(owner).post(base(organization) + "/orders", Map.of("items", List.of(
                Map.of("type", "domain-ch", "label", "unpaid.ch", "years", 1)))), 201).path("id").asText();
        String proForma = ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(base(organization) + "/orders/" + order + "/payment", Map.of("method", "iban-transfer")), 202)
                .path("invoice").path("id").asText();
        problem(refund(SUPPORT, proForma, Map.of(), UUID.randomUUID().toString()), 409, "BIL-318");
        problem(refund(SUPPORT, UUID.randomUUID().toString(), Map.of(), UUID.randomUUID().toString()), 404, "BIL-315");
    }
}
