package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static ch.partnerportal.system.console.BillingSteps.APPROVED;
import static ch.partnerportal.system.console.BillingSteps.CONSOLE;
import static ch.partnerportal.system.console.BillingSteps.choose;
import static ch.partnerportal.system.console.BillingSteps.download;
import static ch.partnerportal.system.console.BillingSteps.logIn;
import static ch.partnerportal.system.console.BillingSteps.pdfText;
import static ch.partnerportal.system.console.BillingSteps.pick;
import static ch.partnerportal.system.console.BillingSteps.tick;
import static org.assertj.core.api.Assertions.assertThat;

/** The console's billing pages in a real headless Chromium: ordering, renewing, paying (PAY-3..PAY-9, REN-7). */
@ExtendWith(Mailbox.class)
class BillingConsoleIT {

    private static final By MESSAGES = By.id("messages");
    private static final By INVOICE_NUMBER = By.id("checkout:invoiceNumber");
    private static final String INVOICE = "CHF-\\d{4}-\\d{6}";

    private static String unique(String suffix) {
        return "c" + UUID.randomUUID().toString().substring(0, 8) + suffix;
    }

    @Test
    void PAY_4_PAY_5_aProductOrderedInTheConsoleIsPaidByCardWithThePrepaidBalanceOnce() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        BillingSteps.deposit(owner, organization, "10.00");
        String domain = unique(".ch");
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, owner, "orders.xhtml");
                browser.waitForText(By.id("orders:list"), "No orders yet");
                choose(browser, "orders:type", ".ch domain");
                choose(browser, "orders:period", "3 years · CHF 39.00");
                browser.type(By.id("orders:label"), domain);
                browser.click(By.id("orders:order"));

                browser.waitForUrl("checkout.xhtml?order=");
                browser.waitForText(By.id("checkout:lines"), domain);
                assertThat(browser.text(By.id("checkout:lines"))).contains(".ch domain", "3 years",
                        "CHF 39.00");
                assertThat(browser.text(By.id("checkout:vat"))).isEqualTo("3.16");
                assertThat(browser.text(By.id("checkout:gross"))).isEqualTo("42.16");
                assertThat(browser.all(By.id("checkout:rounding"))).as("CHF rounded to 0.05 (PAY-9)").hasSize(1);
                assertThat(browser.text(By.id("checkout:payable"))).isEqualTo("CHF 42.15");
                assertThat(browser.text(By.cssSelector(".pp-totals"))).contains("VAT 8.1 %");
                assertThat(browser.text(By.id("checkout:method")))
                        .contains("Card", "PostFinance Card", "Twint", "PayPal", "Bank transfer (IBAN)")
                        .as("the balance alone does not cover the amount").doesNotContain("Prepaid balance only");

                tick(browser, "checkout:useBalance");
                assertThat(browser.text(By.id("checkout:useBalance"))).contains("CHF 10.00");
                browser.type(By.id("checkout:instrument"), "4000 0000 0000 0002");
                browser.screenshot("PAY_4-checkout");
                browser.click(By.id("checkout:pay"));
                browser.waitForText(MESSAGES, "The card was declined");
                assertThat(BillingSteps.balance(owner, organization)).as("a declined card takes nothing")
                        .isEqualTo("10.00");

                browser.type(By.id("checkout:instrument"), APPROVED);
                browser.click(By.id("checkout:pay"));
                String number = browser.text(INVOICE_NUMBER);
                assertThat(number).matches(INVOICE);
                assertThat(browser.text(By.id("checkout:split"))).contains("CHF 10.00", "CHF 32.15");
                assertThat(pdfText(download(browser, By.id("checkout:invoicePdf")))).contains(number, domain, "42.15");

                browser.driver.navigate().refresh();
                assertThat(browser.text(INVOICE_NUMBER)).as("a reload pays nothing").isEqualTo(number);
                assertThat(browser.all(By.id("checkout:pay"))).isEmpty();

                browser.click(By.id("checkout:toOrders"));
                browser.waitForText(By.id("orders:list"), domain);
                assertThat(browser.text(By.id("orders:list"))).contains("Paid", "CHF 42.15");
            } finally {
                browser.screenshot("PAY_4-order-and-pay");
            }
        }
        assertThat(BillingSteps.balance(owner, organization)).isEqualTo("0.00");
        assertThat(BillingSteps.invoices(owner, organization)).as("one invoice, paid once").hasSize(1);
        assertThat(BillingSteps.products(owner, organization).findValuesAsText("label")).containsExactly(domain);
    }

    @Test
    void PAY_3_PAY_8_REN_7_aSelectionIsRenewedFromThePaymentsListEachForItsOwnPeriod() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = unique(".ch");
        String team = unique(" team");
        BillingSteps.buy(owner, organization, "domain-ch", domain, 1);
        BillingSteps.buy(owner, organization, "kchat", team, 1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));
        DateTimeFormatter shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
        By renewals = By.id("payments:renewals");
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, owner, "payments.xhtml");
                browser.waitForText(renewals, "No product expires within the next 2 months");
                tick(browser, "payments:all");
                browser.waitForText(renewals, domain);
                assertThat(browser.text(renewals)).contains(team, shown.format(today.plusYears(1)));

                String domainRow = rowOf(browser, domain);
                String teamRow = rowOf(browser, team);
                tick(browser, domainRow + ":selected");
                choose(browser, domainRow + ":period", "2 years · CHF 26.00");
                browser.waitForText(By.id(domainRow + ":price"), "CHF 26.00");
                tick(browser, teamRow + ":selected");
                browser.waitForText(By.id("payments:selection"), "2 selected · total excl. VAT CHF 74.00");
                // kChat is sold by the month too (PAY-8)
                choose(browser, teamRow + ":period", "6 months · CHF 27.00");
                browser.waitForText(By.id("payments:selection"), "2 selected · total excl. VAT CHF 53.00");
                browser.screenshot("REN_7-selection");
                browser.click(By.id("payments:paySelection"));

                browser.waitForUrl("checkout.xhtml?order=");
                browser.waitForText(By.id("checkout:lines"), domain);
                assertThat(browser.text(By.id("checkout:lines"))).contains("2 years", team, "6 months");
                assertThat(browser.text(By.id("checkout:payable"))).isEqualTo("CHF 57.30");
                browser.type(By.id("checkout:instrument"), APPROVED);
                browser.click(By.id("checkout:pay"));
                assertThat(browser.text(INVOICE_NUMBER)).matches(INVOICE);

                browser.go(CONSOLE + "payments.xhtml");
                tick(browser, "payments:all");
                browser.waitForText(renewals, domain);
                assertThat(browser.text(By.id(rowOf(browser, domain) + ":expires")))
                        .isEqualTo(shown.format(today.plusYears(3)));
                assertThat(browser.text(By.id(rowOf(browser, team) + ":expires")))
                        .isEqualTo(shown.format(today.plusYears(1).plusMonths(6)));
            } finally {
                browser.screenshot("REN_7-renew-selection");
            }
        }
        JsonNode products = BillingSteps.products(owner, organization);
        assertThat(products).hasSize(2);
        for (JsonNode product : products) {
            assertThat(product.path("expiresOn").asText()).isEqualTo(
                    (product.path("label").asText().equals(domain) ? today.plusYears(3)
                            : today.plusYears(1).plusMonths(6)).toString());
        }
    }

    @Test
    void PAY_3_PAY_6_aTransferShowsTheIbanTheReferenceAndTheProFormaWithItsQrBill() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = unique(".ch");
        String order = BillingSteps.order(owner, organization, "domain-ch", domain, 1);
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, owner, "checkout.xhtml?order=" + order);
                browser.waitForText(By.id("checkout:payable"), "CHF 14.05");
                pick(browser, "Bank transfer (IBAN)");
                browser.waitForText(By.id("checkout:pay"), "Get the bank details");
                browser.click(By.id("checkout:pay"));

                browser.waitForText(By.id("checkout:iban"), "CH44 3199 9123 0008 8901 2");
                String reference = browser.text(By.id("checkout:reference"));
                browser.screenshot("PAY_3-transfer-instructions");
                assertThat(reference.replace(" ", "")).matches("\\d{27}");
                assertThat(browser.text(By.id("checkout:transferAmount"))).isEqualTo("CHF 14.05");
                assertThat(pdfText(download(browser, By.id("checkout:proFormaPdf"))))
                        .contains(reference, "CH44 3199 9123 0008 8901 2", "Payment part");

                browser.driver.navigate().refresh();
                assertThat(browser.text(By.id("checkout:reference"))).as("the same instructions again")
                        .isEqualTo(reference);
                assertThat(browser.waitFor(By.id("checkout:pay")).isDisplayed()).as("another method remains")
                        .isTrue();

                browser.go(CONSOLE + "orders.xhtml");
                browser.waitForText(By.id("orders:list"), "Awaiting your transfer");
                browser.go(CONSOLE + "billing.xhtml");
                browser.waitForText(By.id("invoices"), "Pro-forma, awaiting payment");

                browser.go(CONSOLE + "prepaid.xhtml");
                browser.type(By.id("prepaid:amount"), "250.00");
                pick(browser, "Bank transfer (IBAN)");
                browser.click(By.id("prepaid:transfer"));
                browser.waitForText(By.id("prepaid:iban"), "CH44 3199 9123 0008 8901 2");
                assertThat(browser.text(By.id("prepaid:transferAmount"))).isEqualTo("CHF 250.00");
                String depositReference = browser.text(By.id("prepaid:reference"));
                assertThat(depositReference).isNotBlank().isNotEqualTo(reference);
                assertThat(pdfText(download(browser, By.id("prepaid:slip"))))
                        .contains(depositReference, "CH44 3199 9123 0008 8901 2", "250.00");
                assertThat(browser.text(By.id("balance"))).as("booked when the bank reports it")
                        .isEqualTo("CHF 0.00");
            } finally {
                browser.screenshot("PAY_3-transfer");
            }
        }
        assertThat(BillingSteps.invoices(owner, organization).findValuesAsText("status")).containsExactly("pro_forma");
    }

    @Test
    void PAY_5_aThreeDSecureCardCancelledThenApprovedInTheSecondStepGivesOneInvoice() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String order = BillingSteps.order(owner, organization, "mail-service", unique(".ch"), 1);
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, owner, "checkout.xhtml?order=" + order);
                browser.type(By.id("checkout:instrument"), "4000 0027 6000 3184");
                browser.click(By.id("checkout:pay"));
                browser.waitForText(By.id("checkout:secondStep"), "3-D Secure");
                browser.click(By.id("checkout:cancel"));
                browser.waitForText(MESSAGES, "Payment cancelled. Nothing was charged");
                assertThat(browser.text(By.id("checkout:status"))).isEqualTo("Not paid yet");

                // a new attempt: the same card asks again, rather than answering the cancelled one
                browser.type(By.id("checkout:instrument"), "4000 0027 6000 3184");
                browser.click(By.id("checkout:pay"));
                browser.waitForText(By.id("checkout:secondStep"), "3-D Secure");
                browser.screenshot("PAY_5-3ds-second-step");
                assertThat(browser.text(By.id("checkout:status"))).isEqualTo("Payment being confirmed");
                assertThat(browser.all(By.id("checkout:pay"))).as("no second payment meanwhile").isEmpty();
                browser.click(By.id("checkout:approve"));
                assertThat(browser.text(INVOICE_NUMBER)).matches(INVOICE);
                assertThat(browser.text(By.id("checkout:status"))).isEqualTo("Paid");

                browser.click(By.id("checkout:toProducts"));
                browser.waitForText(By.id("invoices"), "Cancelled");
                assertThat(browser.text(By.id("invoices"))).contains("Paid", "Pro-forma");
                assertThat(browser.all(By.cssSelector("#invoices a.pp-pdf"))).as("a PDF for each").hasSize(2);
            } finally {
                browser.screenshot("PAY_5-3ds");
            }
        }
        assertThat(BillingSteps.invoices(owner, organization).findValuesAsText("status"))
                .as("the cancelled attempt's pro-forma is withdrawn, the approved one is the invoice")
                .containsExactlyInAnyOrder("cancelled", "paid");
    }

    @Test
    void PAY_6_aDepositByA3DSecureCardIsBookedOnceThePayerApprovedTheSecondStep() {
        TestUser owner = Keycloak.createUser();
        Portal.ownOrganization(owner);
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, owner, "prepaid.xhtml");
                browser.type(By.id("prepaid:amount"), "40.00");
                browser.type(By.id("prepaid:card"), "4000 0027 6000 3184");
                browser.click(By.id("prepaid:pay"));
                browser.waitForText(By.id("prepaid:secondStep"), "3-D Secure");
                browser.click(By.id("prepaid:cancel"));
                browser.waitForText(MESSAGES, "Deposit cancelled. Nothing was charged");
                assertThat(browser.text(By.id("balance"))).isEqualTo("CHF 0.00");

                browser.type(By.id("prepaid:amount"), "40.00");
                browser.type(By.id("prepaid:card"), "4000 0027 6000 3184");
                browser.click(By.id("prepaid:pay"));
                browser.waitForText(By.id("prepaid:secondStep"), "3-D Secure");
                browser.click(By.id("prepaid:approve"));
                browser.waitForText(By.id("balance"), "CHF 40.00");
                browser.waitForText(By.id("prepaid:ledger"), "40.00");
            } finally {
                browser.screenshot("PAY_6-3ds-deposit");
            }
        }
    }

    @Test
    void PAY_5_aPendingCardPaymentIsFollowedUntilTheProviderApprovesIt() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String order = BillingSteps.order(owner, organization, "kchat", unique(" team"), 1);
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, owner, "checkout.xhtml?order=" + order);
                browser.type(By.id("checkout:instrument"), "4000 0000 0000 0077");
                browser.click(By.id("checkout:pay"));
                browser.waitForText(By.id("checkout:pendingPanel"), "Waiting for the payment provider");
                browser.screenshot("PAY_5-pending-waiting");
                // the page polls with the same request; the provider settles after about 5 s (Browser waits 30 s)
                assertThat(browser.text(INVOICE_NUMBER)).matches(INVOICE);
                assertThat(browser.all(By.id("checkout:pendingPanel"))).isEmpty();
            } finally {
                browser.screenshot("PAY_5-pending");
            }
        }
        assertThat(BillingSteps.invoices(owner, organization)).hasSize(1);
    }

    @Test
    void PAY_5_aTwintPaymentConfirmedInTheAppSavesTheProfileOfferedAtTheNextCheckout() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String first = BillingSteps.order(owner, organization, "kchat", unique(" team"), 1);
        String second = BillingSteps.order(owner, organization, "mail-service", unique(".ch"), 1);
        try (Browser browser = Browser.open("en")) {
            try {
                logIn(browser, owner, "checkout.xhtml?order=" + first);
                pick(browser, "Twint");
                browser.waitForText(By.cssSelector("label[for='checkout:instrument']"), "Mobile number for Twint");
                browser.type(By.id("checkout:instrument"), "079 123 45 67");
                browser.click(By.id("checkout:pay"));
                browser.waitForText(By.id("checkout:secondStep"), "Twint app");
                browser.click(By.id("checkout:approve"));
                assertThat(browser.text(INVOICE_NUMBER)).matches(INVOICE);

                browser.go(CONSOLE + "checkout.xhtml?order=" + second);
                pick(browser, "Twint");
                browser.waitForText(By.id("checkout:savedTwint"), "Use my saved Twint profile Twint •••• 4567");
                assertThat(browser.all(By.id("checkout:instrument"))).as("no number needed").isEmpty();
                browser.click(By.id("checkout:pay"));
                assertThat(browser.text(INVOICE_NUMBER)).as("paid at once, no app").matches(INVOICE);
            } finally {
                browser.screenshot("PAY_5-twint");
            }
        }
        assertThat(BillingSteps.invoices(owner, organization)).hasSize(2);
    }

    @Test
    void ORG_6_aCollaboratorWithoutTheBillingPermissionSeesNoBillingPagesAndIsRefusedAtTheirAddress() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String order = BillingSteps.order(owner, organization, "kchat", unique(" team"), 1);
        TestUser collaborator = Portal.join(owner, organization, "collaborator");
        List<String> billingLinks = List.of("paymentsLink", "ordersLink", "billingLink",
                "prepaidLink");
        try (Browser browser = Browser.open("de-CH,de")) {
            try {
                logIn(browser, collaborator, "users.xhtml");
                browser.waitFor(By.id("usersLink"));
                for (String link : billingLinks) {
                    assertThat(browser.all(By.id(link))).as(link).isEmpty();
                }
                for (String page : List.of("payments.xhtml", "orders.xhtml", "billing.xhtml", "prepaid.xhtml",
                        "checkout.xhtml?order=" + order)) {
                    browser.go(CONSOLE + page);
                    browser.waitForText(MESSAGES, "Dafür brauchen Sie die Berechtigung «billing»");
                    assertThat(browser.all(By.cssSelector("main .pp-card"))).as(page + " shows nothing else").isEmpty();
                }

                Portal.ok(Api.as(owner).patch(Portal.users(organization) + "/"
                        + Portal.accountId(owner, organization, collaborator), Map.of("permissions", List.of("billing"))),
                        200);
                browser.go(CONSOLE + "users.xhtml");
                browser.click(By.id("paymentsLink"));
                browser.waitFor(By.id("payments:renewals"));
                browser.click(By.id("ordersLink"));
                browser.waitForText(By.id("orders:list"), "Noch nicht bezahlt");
            } finally {
                browser.screenshot("ORG_6-no-billing");
            }
        }
    }

    /** The client id of the payments list's row showing that product. */
    private static String rowOf(Browser browser, String label) {
        String id = browser.attribute(By.xpath("//tbody[@id='payments:renewals_data']/tr[td[normalize-space()='"
                + label + "']]//div[contains(@class,'ui-chkbox') and substring(@id, string-length(@id) - 8)=':selected']"), "id");
        return id.substring(0, id.length() - ":selected".length());
    }
}
