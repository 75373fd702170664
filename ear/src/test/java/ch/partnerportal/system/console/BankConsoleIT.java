package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.BankFile;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.console.BillingSteps.CONSOLE;
import static ch.partnerportal.system.console.BillingSteps.logIn;
import static ch.partnerportal.system.support.Portal.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's accountants import the bank's camt.054 in the console (PAY-3) and credit what named
 * nothing to the customer they recognise (PAY-6); customers cannot.
 */
class BankConsoleIT {

    @Test
    void PAY_3_PAY_6_aPlatformAdministratorImportsTheBanksNotificationAndAssignsWhatNamedNothing() throws Exception {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String order = BillingSteps.order(owner, organization, "domain-ch", "bank-" + UUID.randomUUID()
                .toString().substring(0, 8) + ".ch", 1);
        JsonNode transfer = ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(Portal.organization(organization) + "/orders/" + order + "/payment",
                        Map.of("method", "iban-transfer")), 202).path("transfer");
        Path file = Files.createTempFile("camt054-", ".xml");
        String payer = "Payer " + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(file, new BankFile()
                .with(BankFile.Credit.of(transfer.path("amount").asText(), "CHF", transfer.path("reference").asText()))
                .with(new BankFile.Credit("IT-" + UUID.randomUUID(), "3.00", "CHF", null, payer)).xml(),
                StandardCharsets.UTF_8);

        TestUser accountant = Keycloak.createPlatformAdmin();
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, accountant, "users.xhtml");
                browser.click(By.id("bankLink"));
                browser.waitFor(By.id("bank:file")).sendKeys(file.toAbsolutePath().toString());
                browser.click(By.id("bank:import"));
                browser.waitForText(By.id("bank:settled"), "Invoice paid");
                assertThat(browser.text(By.id("messages"))).contains("2 credits read, 0 of them");
                assertThat(browser.text(By.id("credits:unassigned"))).contains(payer, "3.00");

                browser.waitFor(By.id("bank:file")).sendKeys(file.toAbsolutePath().toString());
                browser.click(By.id("bank:import"));
                browser.waitForText(By.id("messages"), "2 credits read, 2 of them already imported");

                // the payer wrote no reference: the accountant recognises the customer and credits its account
                browser.click(By.xpath("//tbody[@id='credits:unassigned_data']/tr[td[normalize-space()='" + payer
                        + "']]//button"));
                browser.waitForText(By.id("credits:resolving"), "CHF 3.00 · " + payer);
                assertThat(browser.attribute(By.id("credits:search"), "value")).as("the payer's name is the first guess")
                        .isEqualTo(payer);
                browser.type(By.id("credits:search"), owner.email());
                browser.click(By.id("credits:find"));
                BillingSteps.pick(browser, owner.displayName() + " · CHF");
                browser.type(By.id("credits:note"), "Customer called on 27 November");
                browser.click(By.id("credits:assign"));
                browser.waitForText(By.id("messages"),
                        "CHF 3.00 credited to the prepaid account of " + owner.displayName());
                browser.waitForText(By.id("credits:resolved"),
                        "Credited by hand to the prepaid account · " + owner.displayName());
                assertThat(browser.text(By.id("credits:resolved"))).contains(payer, accountant.email(),
                        "Customer called on 27 November");
                assertThat(browser.text(By.id("credits:unassigned"))).doesNotContain(payer);
            } finally {
                browser.screenshot("PAY_3-bank-import");
            }
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(BillingSteps.invoices(owner, organization).findValuesAsText("status")).containsExactly("paid");
        assertThat(ok(Api.as(owner).get(Portal.organization(organization) + "/prepaid-account"), 200)
                .path("balance").asText()).as("the credit assigned by hand").isEqualTo("3.00");

        try (Browser browser = Browser.open("en")) {
            logIn(browser, owner, "users.xhtml");
            assertThat(browser.all(By.id("bankLink"))).as("customers see no bank page").isEmpty();
            browser.go(CONSOLE + "platform/bank.xhtml");
            assertThat(browser.all(By.id("bank:file"))).as("nor open it").isEmpty();
        }
    }

    @Test
    void PAY_7_aPlatformAdministratorRefundsALineAndTheCustomerFindsTheCreditNote() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = "refund-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
        BillingSteps.buy(owner, organization, "domain-ch", domain, 2);
        String number = BillingSteps.invoices(owner, organization).get(0).path("number").asText();

        TestUser support = Keycloak.createPlatformAdmin();
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, support, "users.xhtml");
                browser.click(By.id("refundsLink"));
                browser.type(By.id("refund:number"), number.toLowerCase());
                browser.click(By.id("refund:find"));
                browser.waitForText(By.id("refund:invoiceTitle"), number);
                browser.click(By.xpath("//label[contains(normalize-space(), '" + domain + "')]"));
                BillingSteps.pick(browser, "The prepaid account");
                browser.type(By.id("refund:reason"), "Registered by mistake");
                browser.click(By.id("refund:issue"));
                browser.waitForText(By.id("messages"), "Credit note CN-CHF-");
                browser.waitForText(By.id("refund:notes"), "CN-CHF-");
                assertThat(browser.text(By.id("refund:lines"))).contains("Refunded");
                assertThat(browser.all(By.id("refund:issue"))).as("nothing left to refund").isEmpty();
            } finally {
                browser.screenshot("PAY_7-refund");
            }
        }
        assertThat(BillingSteps.balance(owner, organization)).isNotEqualTo("0.00");

        try (Browser browser = Browser.open("de")) {
            logIn(browser, owner, "billing.xhtml");
            browser.waitForText(By.id("creditNotes"), "CN-CHF-");
            assertThat(BillingSteps.pdfText(BillingSteps.download(browser,
                    By.cssSelector("#creditNotes a.pp-pdf")))).contains("Gutschrift CN-CHF-",
                    "Erstattet Rechnung " + number, "Registered by mistake", domain);
            assertThat(browser.all(By.id("refundsLink"))).isEmpty();
        }
    }
}
