package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does in the console, in a real headless Chromium against the running portal. */
@ExtendWith(Mailbox.class)
class ConsoleIT {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/invitation\\.xhtml\\?token=\\S+)");
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");
    private static final By USERS_TABLE = By.id("users:table");
    private static final By MESSAGES = By.id("messages");

    @Test
    void ORG_4_aUserAddedInTheConsoleJoinsThroughTheMailedLink() {
        TestUser inviter = Keycloak.createUser();
        String organization = Portal.ownOrganization(inviter);
        String invitee = Keycloak.newEmail();
        try (Browser browser = Browser.open("en")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/app/users.xhtml");
                browser.logInToKeycloak(inviter.email(), Keycloak.PASSWORD);
                browser.waitForText(USERS_TABLE, inviter.email());
                browser.click(By.id("users:add"));
                browser.type(By.id("inviteForm:email"), invitee);
                browser.click(By.xpath("//label[@for and normalize-space()='Mail']"));
                browser.click(By.xpath("//label[@for and normalize-space()='Technical']"));
                browser.click(By.id("inviteForm:send"));
                browser.waitForText(MESSAGES, "Invitation sent to " + invitee);
                browser.waitForText(By.id("pending:invitations"), invitee);
            } finally {
                browser.screenshot("ORG_4-inviter");
            }
        }

        String mail = Mailbox.text(Mailbox.awaitMessages(invitee, 1).get(0));
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();

        try (Browser browser = Browser.open("de-CH,de")) {
            try {
                browser.go(link.group(1));
                browser.waitForText(By.id("offerText"), "Sie sind eingeladen");
                assertThat(browser.text(By.id("invitedEmail"))).isEqualTo(invitee);
                browser.click(By.id("accept"));
                browser.click(By.xpath("//a[contains(@href,'registration')]"));
                browser.type(By.id("email"), invitee);
                browser.type(By.id("firstName"), "Nora");
                browser.type(By.id("lastName"), "Neu");
                browser.click(By.cssSelector("[type=submit]"));
                // self-registration verifies the address first: Keycloak mails a link, the new user follows
                // it and then chooses a password under the realm's policy
                String verification = Mailbox.plainText(Mailbox.awaitMessages(invitee, 2).get(1));
                Matcher verify = VERIFY_LINK.matcher(verification);
                assertThat(verify.find()).as(verification).isTrue();
                browser.go(verify.group());
                browser.type(By.id("password-new"), "password1234");
                browser.type(By.id("password-confirm"), "password1234");
                browser.click(By.cssSelector("[type=submit]"));
                // Keycloak's policy: one of the common passwords
                browser.waitForText(By.tagName("body"), "Das Passwort ist nicht erlaubt");
                browser.type(By.id("password-new"), Keycloak.PASSWORD);
                browser.type(By.id("password-confirm"), Keycloak.PASSWORD);
                browser.click(By.cssSelector("[type=submit]"));
                browser.waitForText(By.id("joinedText"), "Willkommen");
                browser.click(By.id("toUsers"));
                browser.waitForText(USERS_TABLE, inviter.email());
                assertThat(browser.text(USERS_TABLE)).contains(invitee, "Mitarbeiter");
            } finally {
                browser.screenshot("ORG_4-invitee");
            }
        }

        var member = Portal.member(inviter, organization, invitee).orElseThrow();
        assertThat(member.path("role").asText()).isEqualTo("collaborator");
        assertThat(member.path("permissions").toString()).contains("mail");
        assertThat(member.path("contacts").toString()).contains("technical");
    }

    @Test
    void ORG_7_theConsoleRefusesToRemoveTheLastLegalRepresentativeAndSaysWhy() {
        TestUser representative = Keycloak.createUser();
        String organization = Portal.ownOrganization(representative);
        try (Browser browser = Browser.open("de-CH,de")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/app/users.xhtml");
                browser.logInToKeycloak(representative.email(), Keycloak.PASSWORD);
                browser.waitForText(USERS_TABLE, representative.email());
                browser.click(By.cssSelector("#users\\:table_data tr td.ui-selection-column .ui-chkbox-box"));
                browser.click(By.id("users:removeSelected"));
                browser.click(By.id("users:confirmYes"));
                browser.waitForText(MESSAGES, "Ernennen Sie zuerst einen anderen gesetzlichen Vertreter");
                assertThat(browser.text(USERS_TABLE)).contains(representative.email());
            } finally {
                browser.screenshot("ORG_7-refused");
            }
        }
        assertThat(Portal.member(representative, organization, representative.email())).isPresent()
                .hasValueSatisfying(m -> assertThat(m.path("role").asText()).isEqualTo("legal-representative"));
    }

    @Test
    void ORG_2_aMemberOfTwoOrganizationsSwitchesAndSeesTheirDetailsReadOnlyAsCollaborator() {
        TestUser owner = Keycloak.createUser();
        String ownersOrganization = Portal.ownOrganization(owner);
        String ownersName = Portal.organizationsOf(owner).get(0).path("name").asText();
        TestUser member = Keycloak.createUser();
        String ownName = "A first " + member.email();
        Portal.ok(Api.as(member).patch(Portal.organization(Portal.ownOrganization(member)), Map.of("name", ownName)),
                200);
        Portal.invite(owner, ownersOrganization, member.email(), "collaborator", List.of(), List.of());
        String token = Mailbox.awaitInvitationToken(member.email());
        Portal.ok(Api.as(member).post(Portal.invitationLink(token) + "/acceptance", null), 200);
        assertThat(Portal.organizationsOf(member)).hasSize(2);

        try (Browser browser = Browser.open("en")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/app/users.xhtml");
                browser.logInToKeycloak(member.email(), Keycloak.PASSWORD);
                browser.waitForText(USERS_TABLE, member.email());
                browser.waitForText(By.cssSelector(".pp-toolbar h1"), ownName);
                browser.click(By.id("switcher:organization"));
                // PrimeFaces takes clicks on the items only once the panel finished opening.
                browser.waitForAttribute(By.id("switcher:organization_label"), "aria-expanded", "true");
                browser.click(By.cssSelector("#switcher\\:organization_panel li[data-label='" + ownersName + "']"));
                browser.waitForText(By.cssSelector(".pp-toolbar h1"), ownersName);
                browser.waitForText(USERS_TABLE, owner.email());
                assertThat(browser.all(By.id("users:add"))).as("a collaborator adds nobody").isEmpty();

                browser.click(By.id("organizationLink"));
                browser.waitFor(By.id("organization:readOnlyNotice"));
                assertThat(browser.waitFor(By.id("organization:name")).isEnabled()).isFalse();
                assertThat(browser.all(By.id("organization:save"))).isEmpty();
            } finally {
                browser.screenshot("ORG_2-switch");
            }
        }
    }

    @Test
    void theConsoleSpeaksTheBrowsersLanguageUntilAnotherIsChosen() {
        try (Browser browser = Browser.open("fr-CH,fr")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/");
                browser.waitForText(By.tagName("h1"), "Gérez votre organisation");
                assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("fr");
                browser.click(By.xpath("//form[@id='languages']//a[normalize-space()='IT']"));
                browser.waitForText(By.tagName("h1"), "Gestisci la tua organizzazione");
                assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("it");
                browser.go(Env.PORTAL_URL + "/console/index.xhtml");
                browser.waitForText(By.tagName("h1"), "Gestisci la tua organizzazione");
            } finally {
                browser.screenshot("languages");
            }
        }
    }

    @Test
    void ORG_4_aLinkOpenedWhileAnotherAccountIsLoggedInOffersToSwitchAccounts() {
        TestUser inviter = Keycloak.createUser();
        String organization = Portal.ownOrganization(inviter);
        String invitee = Keycloak.newEmail();
        Portal.invite(inviter, organization, invitee, "external", List.of(), List.of());
        String mail = Mailbox.text(Mailbox.awaitMessages(invitee, 1).get(0));
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();

        try (Browser browser = Browser.open("en")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/app/users.xhtml");
                browser.logInToKeycloak(inviter.email(), Keycloak.PASSWORD);
                browser.waitForText(USERS_TABLE, inviter.email());
                browser.go(link.group(1));
                browser.click(By.id("accept"));
                browser.waitForText(MESSAGES, "This invitation was sent to " + invitee);
                browser.click(By.id("switchAccount"));
                browser.click(By.id("kc-logout"));
                browser.waitForText(By.id("offerText"), "You are invited to join");
                browser.click(By.id("accept"));
                browser.waitFor(By.id("username"));
            } finally {
                browser.screenshot("ORG_4-switch-account");
            }
        }
        assertThat(Portal.pendingInvitations(inviter, organization)).contains(invitee);
    }

    @Test
    void PAY_6_aDepositMadeInTheConsoleCreditsThePrepaidAccountAndADeclinedCardDoesNot() {
        TestUser owner = Keycloak.createUser();
        Portal.ownOrganization(owner);
        try (Browser browser = Browser.open("en")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/app/users.xhtml");
                browser.logInToKeycloak(owner.email(), Keycloak.PASSWORD);
                browser.waitForText(USERS_TABLE, owner.email());
                browser.click(By.id("prepaidLink"));
                browser.waitForText(By.id("balance"), "CHF 0.00");
                browser.type(By.id("prepaid:amount"), "50.00");
                browser.type(By.id("prepaid:card"), "4242 4242 4242 4242");
                browser.click(By.id("prepaid:pay"));
                browser.waitForText(MESSAGES, "50.00 CHF credited to the prepaid account");
                browser.waitForText(By.id("balance"), "CHF 50.00");
                assertThat(browser.text(By.id("prepaid:ledger"))).contains("Deposit", "Visa");

                browser.type(By.id("prepaid:amount"), "20.00");
                browser.type(By.id("prepaid:card"), "4000 0000 0000 0002");
                browser.click(By.id("prepaid:pay"));
                browser.waitForText(MESSAGES, "The card was declined");
                assertThat(browser.text(By.id("balance"))).isEqualTo("CHF 50.00");

                browser.type(By.id("prepaid:card"), "5555 5555 5555 4444");
                browser.click(By.id("prepaid:pay"));
                browser.waitForText(By.id("balance"), "CHF 70.00");
            } finally {
                browser.screenshot("PAY_6-prepaid");
            }
        }
    }

    @Test
    void PAY_7_theConsoleListsProductsAndInvoicesAndServesTheInvoicePdf() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String order = Portal.ok(Api.as(owner).post(Portal.organization(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", "domain-ch", "label", "console-shop.ch", "years", 2)))), 201).path("id").asText();
        String number = Portal.ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(Portal.organization(organization) + "/orders/" + order + "/payment",
                        Map.of("method", "card", "cardNumber", "4242 4242 4242 4242")), 200)
                .path("invoice").path("number").asText();
        try (Browser browser = Browser.open("en")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/app/users.xhtml");
                browser.logInToKeycloak(owner.email(), Keycloak.PASSWORD);
                browser.waitForText(USERS_TABLE, owner.email());
                browser.click(By.id("billingLink"));
                browser.waitForText(By.id("products"), "console-shop.ch");
                assertThat(browser.text(By.id("products"))).contains(".ch domain", "Yes");
                assertThat(browser.text(By.id("invoices"))).contains(number, "CHF 28.10");
                String pdfUrl = browser.attribute(By.cssSelector("#invoices a.pp-pdf"), "href");
                String cookies = browser.driver.manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
                Http.Download pdf = Http.download(pdfUrl, Map.of("Cookie", cookies));
                assertThat(pdf.status()).isEqualTo(200);
                assertThat(pdf.contentType()).startsWith("application/pdf");
                assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            } finally {
                browser.screenshot("PAY_7-billing");
            }
        }
    }
}
