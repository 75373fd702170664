package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.BankFile;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.QRBill;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying by IBAN transfer (PAY-3, PAY-6): the pro-forma with its Swiss QR-bill, read back as a banking
 * app would, then the bank's camt.054 imported by a platform administrator.
 */
class BankTransferIT {

    private static final TestUser ACCOUNTANT = Keycloak.createPlatformAdmin();

    private static String base(String organization) {
        return Portal.organization(organization);
    }

    private static JsonNode order(TestUser user, String organization, String label) {
        return ok(Api.as(user).post(base(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "domain-ch", "label", label, "years", 2)))), 201);
    }

    private static Http.Reply pay(TestUser user, String organization, String order, Map<String, Object> body,
                                  String key) {
        return Api.as(user).withHeader("Idempotency-Key", key)
                .post(base(organization) + "/orders/" + order + "/payment", body);
    }

    private static Http.Reply importFile(TestUser user, BankFile file) {
        return Api.as(user).send("POST", "/api/1/bank-notifications", file.xml(), "application/xml");
    }

    private static String compact(String reference) {
        return reference.replace(" ", "");
    }

    /**
     * The payment part as a banking app reads it: the page rendered, its QR code decoded, the bill
     * checked. ZXing misses one or two codes in 400 on a whole page at one given resolution (measured), as
     * a camera misses a frame; like the camera's next frame, another resolution is tried then.
     */
    private static Bill scan(byte[] pdf, int page) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = null;
            NotFoundException missed = null;
            for (int dpi : new int[] {200, 300, 150}) {
                try {
                    text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                                    new BufferedImageLuminanceSource(new PDFRenderer(document)
                                            .renderImageWithDPI(page, dpi)))),
                            Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                    break;
                } catch (NotFoundException e) {
                    missed = e;
                }
            }
            if (text == null) {
                throw missed;
            }
            Bill bill = QRBill.decodeQrCodeText(text);
            assertThat(QRBill.validate(bill).isValid()).as("QR-bill validation").isTrue();
            return bill;
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void PAY_3_aProFormaWithAQrBillBecomesTheFinalInvoiceWhenTheBankReportsTheTransfer() throws Exception {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        JsonNode order = order(owner, organization, "transfer-" + UUID.randomUUID().toString().substring(0, 8) + ".ch");
        String orderId = order.path("id").asText();
        String key = UUID.randomUUID().toString();

        problem(pay(owner, organization, orderId, Map.of("method", "iban-transfer", "usePrepaidBalance", true), key),
                400, "BIL-336");
        JsonNode proForma = ok(pay(owner, organization, orderId, Map.of("method", "iban-transfer"), key), 202);
        JsonNode invoice = proForma.path("invoice");
        assertThat(invoice.path("status").asText()).isEqualTo("pro_forma");
        assertThat(invoice.path("number").isNull()).as("a pro-forma has no number").isTrue();
        JsonNode transfer = proForma.path("transfer");
        String payable = invoice.path("amounts").path("payable").asText();
        assertThat(transfer.path("iban").asText()).isEqualTo("CH44 3199 9123 0008 8901 2");
        assertThat(compact(transfer.path("reference").asText())).matches("1\\d{26}");
        assertThat(transfer.path("amount").asText()).isEqualTo(payable);
        assertThat(transfer.path("currency").asText()).isEqualTo("CHF");
        assertThat(ok(pay(owner, organization, orderId, Map.of("method", "iban-transfer"), key), 202)
                .path("transfer").path("reference").asText()).as("the same request again")
                .isEqualTo(transfer.path("reference").asText());
        assertThat(ok(pay(owner, organization, orderId, Map.of("method", "iban-transfer"),
                UUID.randomUUID().toString()), 202).path("invoice").path("id").asText())
                .as("asking again while the pro-forma is out").isEqualTo(invoice.path("id").asText());
        assertThat(ok(Api.as(owner).get(base(organization) + "/orders"), 200).path("items").get(0)
                .path("status").asText()).isEqualTo("awaiting_transfer");

        Http.Download pdf = Http.download(Env.PORTAL_URL + base(organization) + "/invoices/"
                + invoice.path("id").asText() + "/pdf", Map.of("Authorization", "Bearer " + owner.token(),
                "Accept-Language", "fr"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("Facture pro forma", "Section paiement", "Récépissé",
                transfer.path("reference").asText(), "CH44 3199 9123 0008 8901 2");
        Bill bill = scan(pdf.body(), 1);
        assertThat(bill.getAccount()).isEqualTo("CH4431999123000889012");
        assertThat(bill.getReference()).isEqualTo(compact(transfer.path("reference").asText()));
        assertThat(bill.getAmount()).isEqualByComparingTo(payable);
        assertThat(bill.getCurrency()).isEqualTo("CHF");

        problem(importFile(owner, new BankFile().with(BankFile.Credit.of(payable, "CHF",
                compact(transfer.path("reference").asText())))), 403, "API-008");
        problem(Api.as(ACCOUNTANT).send("POST", "/api/1/bank-notifications", "<Document/>", "application/xml"),
                400, "BIL-337");
        problem(Api.as(ACCOUNTANT).send("POST", "/api/1/bank-notifications", "<Document>" + " ".repeat(11 << 20)
                + "</Document>", "application/xml"), 413, "API-010");
        problem(importFile(ACCOUNTANT, new BankFile().forAccount("DE89370400440532013000")
                .with(BankFile.Credit.of(payable, "CHF", compact(transfer.path("reference").asText())))), 400, "BIL-345");
        problem(importFile(ACCOUNTANT, new BankFile().forAccount("CH4431999123000889013")
                .with(BankFile.Credit.of(payable, "CHF", compact(transfer.path("reference").asText())))), 400, "BIL-344");

        BankFile statement = new BankFile()
                .with(BankFile.Credit.of(payable, "CHF", transfer.path("reference").asText()))
                .with(BankFile.Credit.of("12.30", "CHF", "210000000003139471430009017"));
        JsonNode report = ok(importFile(ACCOUNTANT, statement), 200);
        assertThat(report.path("credits").asInt()).isEqualTo(2);
        assertThat(report.path("alreadyImported").asInt()).isZero();
        JsonNode paid = report.path("settled").get(0);
        assertThat(paid.path("outcome").asText()).isEqualTo("invoice-paid");
        assertThat(paid.path("organizationId").asText()).isEqualTo(organization);
        assertThat(paid.path("invoiceNumber").asText()).matches("CHF-\\d{4}-\\d{6}");
        assertThat(report.path("settled").get(1).path("outcome").asText()).isEqualTo("unassigned");
        assertThat(ok(Api.as(ACCOUNTANT).get("/api/1/bank-notifications/unassigned"), 200).path("items")
                .findValuesAsText("bankReference"))
                .contains(report.path("settled").get(1).path("bankReference").asText())
                .doesNotContain(paid.path("bankReference").asText());
        problem(Api.as(owner).get("/api/1/bank-notifications/unassigned"), 403, "API-008");

        JsonNode invoices = ok(Api.as(owner).get(base(organization) + "/invoices"), 200).path("items");
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).path("status").asText()).isEqualTo("paid");
        assertThat(invoices.get(0).path("number").asText()).isEqualTo(paid.path("invoiceNumber").asText());
        assertThat(invoices.get(0).path("amounts").path("payable").asText()).isEqualTo(payable);
        assertThat(ok(Api.as(owner).get(base(organization) + "/orders"), 200).path("items").get(0)
                .path("status").asText()).isEqualTo("paid");
        JsonNode products = ok(Api.as(owner).get(base(organization) + "/products"), 200).path("items");
        assertThat(products).hasSize(1);
        assertThat(products.get(0).path("autoRenew").asBoolean()).as("REN-2: not paid by card").isFalse();

        JsonNode again = ok(importFile(ACCOUNTANT, statement), 200);
        assertThat(again.path("alreadyImported").asInt()).as("the same file twice").isEqualTo(2);
        assertThat(again.path("settled")).isEmpty();
        assertThat(ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200).path("balance").asText())
                .isEqualTo("0.00");
        assertThat(ok(Api.as(owner).get(base(organization) + "/invoices"), 200).path("items")).hasSize(1);
        problem(pay(owner, organization, orderId, Map.of("method", "card", "cardNumber", "4242424242424242"),
                UUID.randomUUID().toString()), 409, "BIL-331");
    }

    @Test
    void PAY_6_depositsByTransferAndMoneyThatPaysNothingReachThePrepaidAccount() throws Exception {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        problem(Api.as(owner).post(base(organization) + "/prepaid-account/deposits",
                Map.of("amount", "10000.00", "method", "iban-transfer")), 400, "BIL-306");
        JsonNode deposit = ok(Api.as(owner).post(base(organization) + "/prepaid-account/deposits",
                Map.of("amount", "250.00", "method", "iban-transfer")), 202).path("transfer");
        String depositReference = compact(deposit.path("reference").asText());
        assertThat(depositReference).matches("2\\d{26}");
        assertThat(compact(ok(Api.as(owner).post(base(organization) + "/prepaid-account/deposits",
                Map.of("amount", "40.00", "method", "iban-transfer")), 202).path("transfer").path("reference").asText()))
                .as("one standing reference per account").isEqualTo(depositReference);
        Http.Download slip = Http.download(Env.PORTAL_URL + base(organization)
                + "/prepaid-account/transfer-slip?amount=250.00", Map.of("Authorization", "Bearer " + owner.token(),
                "Accept-Language", "de"));
        assertThat(slip.status()).isEqualTo(200);
        assertThat(pdfText(slip.body())).contains("Zahlteil");
        Bill bill = scan(slip.body(), 0);
        assertThat(bill.getReference()).isEqualTo(depositReference);
        assertThat(bill.getAmount()).isEqualByComparingTo("250.00");

        // a pro-forma is out, then the customer pays by card after all: the transfer still comes
        JsonNode withdrawn = order(owner, organization, "late-" + UUID.randomUUID().toString().substring(0, 8) + ".ch");
        JsonNode proForma = ok(pay(owner, organization, withdrawn.path("id").asText(),
                Map.of("method", "iban-transfer"), UUID.randomUUID().toString()), 202);
        ok(pay(owner, organization, withdrawn.path("id").asText(),
                Map.of("method", "card", "cardNumber", "4242424242424242"), UUID.randomUUID().toString()), 200);
        // and another pro-forma paid too generously
        JsonNode generous = order(owner, organization, "extra-" + UUID.randomUUID().toString().substring(0, 8) + ".ch");
        JsonNode generousProForma = ok(pay(owner, organization, generous.path("id").asText(),
                Map.of("method", "iban-transfer"), UUID.randomUUID().toString()), 202);
        String late = proForma.path("transfer").path("amount").asText();
        String generousPayable = generousProForma.path("transfer").path("amount").asText();
        String generousPaid = new java.math.BigDecimal(generousPayable).add(new java.math.BigDecimal("5.00"))
                .toPlainString();

        JsonNode report = ok(importFile(ACCOUNTANT, new BankFile()
                .with(BankFile.Credit.of("250.00", "CHF", deposit.path("reference").asText()))
                .with(BankFile.Credit.of(late, "CHF", compact(proForma.path("transfer").path("reference").asText())))
                .with(BankFile.Credit.of(generousPaid, "CHF",
                        compact(generousProForma.path("transfer").path("reference").asText())))
                .with(BankFile.Credit.of("10.00", "EUR", deposit.path("reference").asText()))), 200);
        assertThat(report.path("settled")).hasSize(4);
        assertThat(report.path("settled").get(3).path("outcome").asText()).as("francs expected, euros came")
                .isEqualTo("unassigned");
        assertThat(report.path("settled").get(0).path("outcome").asText()).isEqualTo("deposited");
        assertThat(report.path("settled").get(1).path("outcome").asText()).isEqualTo("credited-to-prepaid");
        assertThat(report.path("settled").get(2).path("outcome").asText()).isEqualTo("invoice-paid-excess-to-prepaid");

        JsonNode account = ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200);
        String expected = new java.math.BigDecimal("250.00").add(new java.math.BigDecimal(late))
                .add(new java.math.BigDecimal("5.00")).toPlainString();
        assertThat(account.path("balance").asText()).isEqualTo(expected);
        assertThat(account.path("ledger").findValuesAsText("kind"))
                .containsExactly("deposit", "unmatched_transfer", "unmatched_transfer");
        JsonNode invoices = ok(Api.as(owner).get(base(organization) + "/invoices"), 200).path("items");
        assertThat(invoices.findValuesAsText("status")).containsExactlyInAnyOrder("paid", "cancelled", "paid");
    }

    @Test
    void PAY_6_anUnassignedCreditIsCreditedByHandToTheOrganizationTheAccountantRecognises() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        BankFile.Credit francs = new BankFile.Credit("IT-" + UUID.randomUUID(), "42.35", "CHF", null, "Muster AG");
        BankFile.Credit euros = new BankFile.Credit("IT-" + UUID.randomUUID(), "10.00", "EUR", null, "Muster AG");
        BankFile file = new BankFile().with(francs).with(euros);
        JsonNode report = ok(importFile(ACCOUNTANT, file), 200);
        assertThat(report.path("settled").findValuesAsText("outcome")).containsExactly("unassigned", "unassigned");
        String francsId = report.path("settled").get(0).path("id").asText();
        String eurosId = report.path("settled").get(1).path("id").asText();
        String credits = "/api/1/bank-notifications/credits/";

        problem(Api.as(owner).post(credits + francsId + "/assignment", Map.of("organizationId", organization)),
                403, "API-008");
        problem(Api.as(owner).get("/api/1/bank-notifications/organizations?search=" + owner.email()), 403, "API-008");
        JsonNode found = ok(Api.as(ACCOUNTANT).get("/api/1/bank-notifications/organizations?search="
                + owner.email().toUpperCase(java.util.Locale.ROOT)), 200).path("items");
        assertThat(found).as("a member's e-mail address finds the organization").hasSize(1);
        assertThat(found.get(0).path("id").asText()).isEqualTo(organization);
        assertThat(found.get(0).path("currency").asText()).isEqualTo("CHF");
        assertThat(ok(Api.as(ACCOUNTANT).get("/api/1/bank-notifications/organizations?search=" + organization), 200)
                .path("items").findValuesAsText("id")).containsExactly(organization);
        assertThat(ok(Api.as(ACCOUNTANT).get("/api/1/bank-notifications/organizations?search=%25"), 200)
                .path("items").findValuesAsText("id")).as("a LIKE wildcard is a plain character").isEmpty();

        problem(Api.as(ACCOUNTANT).post(credits + eurosId + "/assignment", Map.of("organizationId", organization)),
                409, "BIL-349");
        problem(Api.as(ACCOUNTANT).post(credits + francsId + "/assignment",
                Map.of("organizationId", UUID.randomUUID().toString())), 404, "BIL-348");
        problem(Api.as(ACCOUNTANT).post(credits + UUID.randomUUID() + "/assignment",
                Map.of("organizationId", organization)), 404, "BIL-346");
        problem(Api.as(ACCOUNTANT).post(credits + francsId + "/assignment",
                Map.of("organizationId", organization, "note", "x".repeat(201))), 400, "BIL-324");
        assertThat(ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200).path("balance").asText())
                .as("refusals book nothing").isEqualTo("0.00");

        JsonNode assigned = ok(Api.as(ACCOUNTANT).post(credits + francsId + "/assignment",
                Map.of("organizationId", organization, "note", "Payer's e-mail of 27 November")), 200);
        assertThat(assigned.path("outcome").asText()).isEqualTo("assigned-to-prepaid");
        assertThat(assigned.path("organizationId").asText()).isEqualTo(organization);
        assertThat(assigned.path("organizationName").asText()).isEqualTo(owner.displayName());
        assertThat(assigned.path("resolvedBy").asText()).isEqualTo(ACCOUNTANT.email());
        assertThat(assigned.path("note").asText()).isEqualTo("Payer's e-mail of 27 November");
        problem(Api.as(ACCOUNTANT).post(credits + francsId + "/assignment", Map.of("organizationId", organization)),
                409, "BIL-347");
        problem(Api.as(ACCOUNTANT).post(credits + francsId + "/return", Map.of()), 409, "BIL-347");

        JsonNode returned = ok(Api.as(ACCOUNTANT).post(credits + eurosId + "/return",
                Map.of("note", "Sent back from e-banking")), 200);
        assertThat(returned.path("outcome").asText()).isEqualTo("returned");
        assertThat(returned.path("organizationId").isNull()).as("returned to the payer, nobody's").isTrue();
        problem(Api.as(ACCOUNTANT).post(credits + eurosId + "/return", Map.of()), 409, "BIL-347");

        JsonNode account = ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200);
        assertThat(account.path("balance").asText()).isEqualTo("42.35");
        assertThat(account.path("ledger").findValuesAsText("kind")).containsExactly("unmatched_transfer");
        assertThat(ok(Api.as(ACCOUNTANT).get("/api/1/bank-notifications/unassigned"), 200).path("items")
                .findValuesAsText("id")).doesNotContain(francsId, eurosId);
        assertThat(ok(Api.as(ACCOUNTANT).get("/api/1/bank-notifications/resolved"), 200).path("items")
                .findValuesAsText("id")).contains(francsId, eurosId);

        JsonNode again = ok(importFile(ACCOUNTANT, file), 200);
        assertThat(again.path("alreadyImported").asInt()).as("the same file again books nothing").isEqualTo(2);
        assertThat(ok(Api.as(owner).get(base(organization) + "/prepaid-account"), 200).path("balance").asText())
                .isEqualTo("42.35");
    }
}
