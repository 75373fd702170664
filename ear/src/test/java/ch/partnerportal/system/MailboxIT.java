package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mailboxes in the organization's domains with passwords of their own (IDN-2), unified with a login
 * password on the rule's three conditions (IDN-3), as the mail servers' authentication backend sees them.
 */
@ExtendWith(Mailbox.class)
class MailboxIT {

    private static final String MAIL_SYSTEM = "/api/1/mail-authentication";

    private static String mailSystemToken() {
        return Keycloak.serviceToken("portal-mail-system", "portal-mail-system-dev-secret");
    }

    /** What a mail server hears when someone signs in to the mailbox. */
    private static Http.Reply signIn(String address, String password) {
        return Http.send("POST", Env.PORTAL_URL + MAIL_SYSTEM, Http.headers("Authorization",
                "Bearer " + mailSystemToken(), "Content-Type", "application/json", "Accept", "application/json"),
                Http.json(Map.of("address", address, "password", password, "clientAddress", "198.51.100.7")));
    }

    private static boolean opens(String address, String password) {
        return ok(signIn(address, password), 200).path("accepted").asBoolean();
    }

    /** A domain and a mail service bought by card; their product ids by label. */
    private static Map<String, String> buyDomainAndMail(TestUser owner, String organization, String domain) {
        return Portal.buy(owner, organization, List.of(Map.of("type", "domain-ch", "label", domain, "years", 1),
                Map.of("type", "mail-service", "label", "Mail " + domain, "months", 1)));
    }

    private static String newDomain() {
        return "mail-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
    }

    private static JsonNode create(TestUser user, String mailboxes, String address, String password) {
        return ok(Api.as(user).post(mailboxes, Map.of("address", address, "password", password)), 201);
    }

    private static Http.Reply setPassword(TestUser user, String mailbox, Map<String, Object> body) {
        return Api.as(user).send("PUT", mailbox + "/password", Http.json(body), "application/json");
    }

    @Test
    void mailboxesAreMadeOnlyInTheOrganizationsDomainsWithPasswordsThePolicyAccepts() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = newDomain();
        String mailService = buyDomainAndMail(owner, organization, domain).get("Mail " + domain);
        String mailboxes = Portal.organization(organization) + "/products/" + mailService + "/mailboxes";

        TestUser neighbour = Keycloak.createUser();
        String neighbours = Portal.ownOrganization(neighbour);
        String theirDomain = newDomain();
        String theirMailboxes = Portal.organization(neighbours) + "/products/"
                + buyDomainAndMail(neighbour, neighbours, theirDomain).get("Mail " + theirDomain) + "/mailboxes";

        JsonNode info = create(owner, mailboxes, "Info@" + domain, "Bureau-Rossi-2026");
        assertThat(info.path("address").asText()).isEqualTo("info@" + domain);
        assertThat(info.path("hasOwnPassword").asBoolean()).isTrue();
        assertThat(info.toString()).doesNotContain("Bureau-Rossi-2026", "argon2");

        problem(Api.as(owner).post(mailboxes, Map.of("address", "info@" + domain, "password", "Bureau-Rossi-2027")),
                409, "SRV-453");
        problem(Api.as(owner).post(mailboxes, Map.of("address", "info@" + theirDomain, "password", "Bureau-Rossi-2027")),
                409, "SRV-452");
        problem(Api.as(owner).post(mailboxes, Map.of("address", "info@unheld-" + domain, "password",
                "Bureau-Rossi-2027")), 400, "SRV-451");
        problem(Api.as(owner).post(mailboxes, Map.of("address", "in..fo@" + domain, "password", "Bureau-Rossi-2027")),
                400, "SRV-450");
        JsonNode weak = problem(Api.as(owner).inLanguage("fr").post(mailboxes, Map.of("address", "team@" + domain,
                "password", "password1234")), 400, "SRV-442");
        assertThat(weak.path("detail").asText()).contains("trop facile");
        problem(Api.as(owner).post(mailboxes, Map.of("address", "team@" + domain)), 400, "API-016");
        problem(Api.as(neighbour).get(Portal.organization(neighbours) + "/products/" + mailService + "/mailboxes"), 404,
                "SRV-401");
        problem(Api.as(neighbour).get(theirMailboxes + "/" + info.path("id").asText()), 404, "SRV-454");

        JsonNode page = ok(Api.as(owner).get(mailboxes + "?search=INFO"), 200);
        assertThat(page.path("total").asLong()).as("nothing refused was stored").isEqualTo(1);
        assertThat(page.path("items").get(0).path("address").asText()).isEqualTo("info@" + domain);

        ok(Api.as(owner).send("PUT", mailboxes + "/" + info.path("id").asText() + "/aliases",
                Http.json(Map.of("addresses", List.of("contact@" + domain))), "application/json"), 200);
        problem(Api.as(neighbour).send("PUT", theirMailboxes + "/" + ok(Api.as(neighbour).post(theirMailboxes,
                        Map.of("address", "x@" + theirDomain, "password", "Bureau-Neighbour-26")), 201).path("id").asText()
                        + "/aliases", Http.json(Map.of("addresses", List.of("contact@" + domain))), "application/json"),
                409, "SRV-452");

        TestUser collaborator = Portal.join(owner, organization, "collaborator");
        problem(Api.as(collaborator).get(mailboxes), 403, "TEN-124");
        problem(Api.as(owner).get(MAIL_SYSTEM), 405, "API-005");
    }

    @Test
    void IDN_2_aMailboxPasswordIsTheSecretAsTypedSpacesIncluded() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = newDomain();
        String mailboxes = Portal.organization(organization) + "/products/"
                + buyDomainAndMail(owner, organization, domain).get("Mail " + domain) + "/mailboxes";
        create(owner, mailboxes, "desk@" + domain, "  Quiet harbour lights ");
        assertThat(opens("desk@" + domain, "  Quiet harbour lights ")).isTrue();
        assertThat(opens("desk@" + domain, "Quiet harbour lights")).as("trimmed, it is another secret").isFalse();
    }

    @Test
    void IDN_1_theLoginIdIsTheAccountsEmailAddressWithItsPassword() {
        String email = "Login." + UUID.randomUUID().toString().substring(0, 8) + "@example.ch";
        TestUser person = Keycloak.createUser(email.toLowerCase(java.util.Locale.ROOT));
        assertThat(ok(Api.as(person).get("/api/1/me"), 200).path("email").asText()).isEqualTo(person.email());
        assertThat(Keycloak.signsIn(person.email(), Keycloak.PASSWORD)).isTrue();
        assertThat(Keycloak.signsIn(person.email(), "Not-" + Keycloak.PASSWORD)).isFalse();
        assertThat(Keycloak.signsIn(person.keycloakId(), Keycloak.PASSWORD)).as("no other login ID").isFalse();
    }

    @Test
    void IDN_2_aMailboxPasswordAndTheLoginPasswordChangeIndependently() {
        String domain = newDomain();
        TestUser anna = Keycloak.createUser("anna@" + domain);
        String organization = Portal.ownOrganization(anna);
        String mailboxes = Portal.organization(organization) + "/products/"
                + buyDomainAndMail(anna, organization, domain).get("Mail " + domain) + "/mailboxes";
        String mailbox = mailboxes + "/" + create(anna, mailboxes, "anna@" + domain, "Mailbox-First-26").path("id")
                .asText();

        assertThat(opens("anna@" + domain, "Mailbox-First-26")).isTrue();
        assertThat(opens("anna@" + domain, Keycloak.PASSWORD)).as("the login password is another secret").isFalse();

        ok(setPassword(anna, mailbox, Map.of("password", "Mailbox-Second-26")), 200);
        assertThat(opens("anna@" + domain, "Mailbox-Second-26")).isTrue();
        assertThat(opens("anna@" + domain, "Mailbox-First-26")).isFalse();
        assertThat(Keycloak.signsIn(anna.email(), Keycloak.PASSWORD)).as("the login password is unchanged").isTrue();

        Keycloak.setPassword(anna, "Login-Changed-2026!");
        assertThat(Keycloak.signsIn(anna.email(), "Login-Changed-2026!")).isTrue();
        assertThat(opens("anna@" + domain, "Mailbox-Second-26")).as("the mailbox password is unchanged").isTrue();
        assertThat(opens("anna@" + domain, "Login-Changed-2026!")).isFalse();
    }

    @Test
    void IDN_3_unificationIsOfferedOnlyOnItsThreeConditionsAndASecondReaderEndsIt() {
        String domain = newDomain();
        TestUser anna = Keycloak.createUser("anna@" + domain);
        String organization = Portal.ownOrganization(anna);
        String mailboxes = Portal.organization(organization) + "/products/"
                + buyDomainAndMail(anna, organization, domain).get("Mail " + domain) + "/mailboxes";
        String annaId = Portal.accountId(anna, organization, anna);
        String annas = mailboxes + "/" + create(anna, mailboxes, "anna@" + domain, "Kiosk-Blue-2026").path("id")
                .asText();

        // no reader yet: Anna's account is the address, but she does not read it
        assertThat(ok(Api.as(anna).get(annas + "/password-options"), 200).path("unificationOffered").asBoolean())
                .isFalse();
        ok(Api.as(anna).post(annas + "/readers", Map.of("accountId", annaId)), 200);
        JsonNode offer = ok(Api.as(anna).get(annas + "/password-options"), 200);
        assertThat(offer.path("unificationOffered").asBoolean()).isTrue();
        assertThat(offer.path("unificationLoginId").asText()).isEqualTo(anna.email());

        // 1. no account has the mailbox's address as login ID
        String infos = mailboxes + "/" + create(anna, mailboxes, "info@" + domain, "Harbour-Lights-26").path("id")
                .asText();
        ok(Api.as(anna).post(infos + "/readers", Map.of("accountId", annaId)), 200);
        assertThat(ok(Api.as(anna).get(infos + "/password-options"), 200).path("unificationOffered").asBoolean())
                .isFalse();
        problem(setPassword(anna, infos, Map.of("unifyWithLoginPassword", true)), 409, "SRV-456");

        // 2. the account may not change the mailbox's password (no mail permission)
        String brunoEmail = "bruno@" + domain;
        Portal.invite(anna, organization, brunoEmail, "collaborator", List.of(), List.of());
        TestUser bruno = Keycloak.createUser(brunoEmail);
        ok(Api.as(bruno).post(Portal.invitationLink(Mailbox.awaitInvitationToken(brunoEmail)) + "/acceptance", null),
                200);
        String brunoId = Portal.accountId(anna, organization, bruno);
        String brunos = mailboxes + "/" + create(anna, mailboxes, brunoEmail, "Glacier-Peak-2026").path("id")
                .asText();
        ok(Api.as(anna).post(brunos + "/readers", Map.of("accountId", brunoId)), 200);
        assertThat(ok(Api.as(anna).get(brunos + "/password-options"), 200).path("unificationOffered").asBoolean())
                .isFalse();
        ok(Api.as(anna).patch(Portal.users(organization) + "/" + brunoId, Map.of("permissions", List.of("mail"))), 200);
        assertThat(ok(Api.as(anna).get(brunos + "/password-options"), 200).path("unificationOffered").asBoolean())
                .as("with the mail permission it is").isTrue();

        // all three hold: accepted, the mailbox opens with the login password only
        JsonNode unified = ok(setPassword(anna, annas, Map.of("unifyWithLoginPassword", true)), 200);
        assertThat(unified.path("unified").asBoolean()).isTrue();
        assertThat(unified.path("hasOwnPassword").asBoolean()).isFalse();
        assertThat(opens(anna.email(), Keycloak.PASSWORD)).isTrue();
        assertThat(opens(anna.email(), "Kiosk-Blue-2026")).isFalse();

        // 3. a second reader: the unification ends, Anna is told, and the offer is gone
        ok(Api.as(anna).post(annas + "/readers", Map.of("accountId", brunoId)), 200);
        JsonNode ended = ok(Api.as(anna).get(annas), 200);
        assertThat(ended.path("unified").asBoolean()).isFalse();
        assertThat(opens(anna.email(), Keycloak.PASSWORD)).isFalse();
        assertThat(ok(Api.as(anna).get(annas + "/password-options"), 200).path("unificationOffered").asBoolean())
                .isFalse();
        problem(setPassword(anna, annas, Map.of("unifyWithLoginPassword", true)), 409, "SRV-456");
        MimeMessage notice = Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox.messagesTo(anna.email())
                .stream().filter(m -> Mailbox.subject(m).contains("anna@" + domain)).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(Mailbox.plainText(notice)).contains(bruno.email(), "login password is unchanged");

        ok(setPassword(anna, annas, Map.of("password", "Second-Kiosk-26!")), 200);
        assertThat(opens(anna.email(), "Second-Kiosk-26!")).isTrue();
    }

    @Test
    void theAuthenticationBackendIsTheMailSystemsAloneAndLimitsFailures() {
        String domain = newDomain();
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String mailboxes = Portal.organization(organization) + "/products/"
                + buyDomainAndMail(owner, organization, domain).get("Mail " + domain) + "/mailboxes";
        create(owner, mailboxes, "guess@" + domain, "Mountain-Lake-26");

        problem(Api.as(owner).post(MAIL_SYSTEM, Map.of("address", "guess@" + domain,
                "password", "Mountain-Lake-26")), 403, "API-008");
        problem(Api.anonymous().post(MAIL_SYSTEM, Map.of("address", "guess@" + domain,
                "password", "Mountain-Lake-26")), 401, "API-002");
        assertThat(opens("nobody@" + domain, "Mountain-Lake-26")).isFalse();

        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(opens("guess@" + domain, "wrong-" + attempt)).isFalse();
        }
        problem(signIn("guess@" + domain, "Mountain-Lake-26"), 429, "SRV-459");
    }
}
