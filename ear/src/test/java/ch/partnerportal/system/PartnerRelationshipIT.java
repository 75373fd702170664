package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.Side;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ch.partnerportal.system.support.Portal.ok;
import static ch.partnerportal.system.support.Portal.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAR-3 to PAR-5 and PAR-10 over the API with the e-mails in the SMTP server: both directions from the
 * request's e-mail to an active relationship, a grant other than asked, scopes naming another
 * organization's product or a product of another category, answering twice, changing and renewing the
 * access, and stopping it with the preview and the password.
 */
@ExtendWith(Mailbox.class)
class PartnerRelationshipIT {

    private static final TestUser ADMIN = Keycloak.createPlatformAdmin();
    private static final Pattern LINK = Pattern.compile("relationship=([0-9a-f-]{36})");

    private static String relationships(String organization) {
        return Portal.organization(organization) + "/partner-relationships";
    }

    private static String relationship(String organization, String id) {
        return relationships(organization) + "/" + id;
    }

    private static Side partner() {
        return Side.partner(ADMIN);
    }

    private static Side client() {
        return Side.client();
    }

    private static MimeMessage mail(TestUser user, String subjectPart) {
        return Awaitility.await().atMost(Mailbox.DELIVERY).until(() -> Mailbox.messagesTo(user.email()).stream()
                .filter(m -> Mailbox.subject(m).contains(subjectPart)).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The relationship the e-mail's link opens, as the recipient follows it. */
    private static String linked(MimeMessage message) {
        Matcher link = LINK.matcher(Mailbox.plainText(message));
        assertThat(link.find()).as("the e-mail links to the relationship").isTrue();
        return link.group(1);
    }

    private static Map<String, Object> product(String category, String id, boolean technical, boolean statistics) {
        Map<String, Object> product = new HashMap<>();
        product.put("category", category);
        if (id != null) {
            product.put("productId", id);
        }
        product.put("technical", technical);
        product.put("statistics", statistics);
        return product;
    }

    @SafeVarargs
    private static Map<String, Object> limited(Map<String, Object>... products) {
        return Map.of("full", false, "products", List.of(products));
    }

    private static void awaitGroups(TestUser user, Predicate<Set<String>> projected) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> projected.test(Keycloak.groupPaths(user)));
    }

    private static String managedValue(Side partner) {
        return ok(Api.as(partner.owner()).get(Portal.organization(partner.organization()) + "/partner-application"), 200)
                .path("managedValue").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void PAR_3_aPartnerInvitesAClientByEmailAndTheClientGrantsOtherAccessThanAsked() {
        Side partner = partner();
        Side client = client();
        TestUser partnerCollaborator = Portal.join(partner.owner(), partner.organization(), "collaborator");
        Map<String, String> clientProducts = Portal.buy(client.owner(), client.organization(), List.of(
                Map.of("type", "web-hosting", "label", "www.client-three.ch", "years", 1),
                Map.of("type", "domain-ch", "label", "client-three.ch", "years", 1)));
        String partnerProduct = Portal.buy(partner.owner(), partner.organization(), List.of(
                Map.of("type", "web-hosting", "label", "www.reseller-three.ch", "years", 1))).get("www.reseller-three.ch");
        Map<String, Object> asked = limited(product("web-hosting", null, true, true));
        String invitations = relationships(partner.organization()) + "/client-invitations";

        problem(Api.as(partnerCollaborator).post(invitations, Map.of("clientEmail", client.owner().email(),
                "access", asked)), 403, "TEN-134");
        problem(Api.as(partner.owner()).post(invitations, Map.of("clientEmail", "nobody@nowhere.example",
                "access", asked)), 404, "PRT-518");
        problem(Api.as(partner.owner()).post(invitations, Map.of("clientEmail", partner.owner().email(),
                "access", asked)), 400, "PRT-520");
        problem(Api.as(partner.owner()).post(invitations, Map.of("clientEmail", client.owner().email(),
                "access", limited(product("billing", null, true, false)))), 400, "PRT-538");
        problem(Api.as(client.owner()).post(relationships(client.organization()) + "/client-invitations",
                Map.of("clientEmail", partner.owner().email(), "access", asked)), 409, "PRT-517");
        assertThat(ok(Api.as(partner.owner()).get(relationships(partner.organization())), 200).path("items"))
                .as("a refused request leaves nothing").isEmpty();

        JsonNode sent = ok(Api.as(partner.owner()).post(invitations, Map.of("clientEmail",
                client.owner().email().toUpperCase(), "access", asked, "note", "We run your sites")), 201);
        assertThat(sent.path("status").asText()).isEqualTo("pending");
        assertThat(sent.path("side").asText()).isEqualTo("partner");
        assertThat(sent.path("clientOrganizationId").asText()).isEqualTo(client.organization());
        assertThat(texts(sent.path("actions"))).containsExactly("resend", "withdraw");
        assertThat(sent.path("granted").isNull()).as(sent.toString()).isTrue();
        problem(Api.as(partner.owner()).post(invitations, Map.of("clientEmail", client.owner().email(),
                "access", asked)), 409, "PRT-521");

        MimeMessage invitation = mail(client.owner(), "asks to manage your account");
        assertThat(Mailbox.plainText(invitation)).contains("We run your sites");
        String id = linked(invitation);
        assertThat(id).isEqualTo(sent.path("id").asText());
        String mine = relationship(client.organization(), id);
        JsonNode seen = ok(Api.as(client.owner()).get(mine), 200);
        assertThat(seen.path("side").asText()).isEqualTo("client");
        assertThat(texts(seen.path("actions"))).containsExactly("accept", "refuse");
        assertThat(seen.path("requested").path("products").get(0).path("category").asText()).isEqualTo("web-hosting");

        problem(Api.as(client.owner()).post(mine + "/acceptance", Map.of("grant",
                limited(product("web-hosting", partnerProduct, true, false)))), 400, "PRT-530");
        problem(Api.as(client.owner()).post(mine + "/acceptance", Map.of("grant",
                limited(product("web-hosting", clientProducts.get("client-three.ch"), true, false)))), 400, "PRT-531");
        problem(Api.as(client.owner()).post(mine + "/acceptance", Map.of()), 400, "PRT-539");
        problem(Api.as(partner.owner()).post(relationship(partner.organization(), id) + "/acceptance", Map.of()),
                409, "PRT-525");
        problem(Api.as(Keycloak.createUser()).get(mine), 404, "TEN-101");
        Side stranger = client();
        problem(Api.as(stranger.owner()).get(relationship(stranger.organization(), id)), 404, "PRT-522");

        String endsOn = LocalDate.now().plusMonths(6).toString();
        JsonNode accepted = ok(Api.as(client.owner()).post(mine + "/acceptance", Map.of("grant",
                limited(product("web-hosting", clientProducts.get("www.client-three.ch"), false, true)),
                "endsOn", endsOn, "note", "Statistics first")), 200);
        assertThat(accepted.path("status").asText()).isEqualTo("active");
        assertThat(accepted.path("grantEndsOn").asText()).isEqualTo(endsOn);
        JsonNode granted = accepted.path("granted").path("products").get(0);
        assertThat(granted.path("productLabel").asText()).isEqualTo("www.client-three.ch");
        assertThat(granted.path("technical").asBoolean()).isFalse();
        assertThat(granted.path("statistics").asBoolean()).isTrue();
        assertThat(accepted.path("requested").path("products").get(0).path("technical").asBoolean())
                .as("what was asked is kept beside what was granted").isTrue();
        assertThat(accepted.path("requestNote").asText()).isEqualTo("We run your sites");
        assertThat(accepted.path("answerNote").asText()).isEqualTo("Statistics first");
        problem(Api.as(client.owner()).post(mine + "/acceptance", Map.of()), 409, "PRT-523");

        assertThat(Mailbox.plainText(mail(partner.owner(), "accepted the partner relationship")))
                .contains("Statistics first");
        JsonNode partnerView = ok(Api.as(partner.owner()).get(relationship(partner.organization(), id)), 200);
        assertThat(partnerView.path("status").asText()).isEqualTo("active");
        assertThat(texts(partnerView.path("actions"))).containsExactly("end");
        assertThat(Portal.members(client.owner(), client.organization())).as("partner users never join the client")
                .noneMatch(member -> member.path("email").asText().equals(partner.owner().email()));
    }

    @Test
    void PAR_4_aClientAuthorizesAPartnerFoundByEmailChangesTheAccessAndEitherSideStopsIt() {
        Side partner = partner();
        Side client = client();
        TestUser partnerCollaborator = Portal.join(partner.owner(), partner.organization(), "collaborator");
        Map<String, String> clientProducts = Portal.buy(client.owner(), client.organization(), List.of(
                Map.of("type", "domain-ch", "label", "client-four.ch", "years", 1),
                Map.of("type", "web-hosting", "label", "www.client-four.ch", "years", 1)));
        String candidates = Portal.organization(client.organization()) + "/partner-candidates?search=";

        List<String> found = new ArrayList<>();
        ok(Api.as(client.owner()).get(candidates + partner.owner().email()), 200).path("items")
                .forEach(item -> found.add(item.path("organizationId").asText()));
        assertThat(found).containsExactly(partner.organization());
        assertThat(ok(Api.as(client.owner()).get(candidates + client().owner().email()), 200).path("items"))
                .as("an organization outside the programme is not offered").isEmpty();

        String authorizations = relationships(client.organization()) + "/partner-authorizations";
        problem(Api.as(client.owner()).post(authorizations, Map.of("partnerOrganizationId", partner.organization(),
                "access", Map.of("full", true), "endsOn", LocalDate.now().toString())), 400, "PRT-534");
        problem(Api.as(client.owner()).post(authorizations, Map.of("partnerOrganizationId", partner.organization(),
                "access", Map.of("full", true), "endsOn", "next year")), 400, "API-013");
        problem(Api.as(client.owner()).post(authorizations, Map.of("partnerOrganizationId", partner.organization(),
                "access", Map.of("full", false, "billingEntrusted", true, "products",
                        List.of(product("domains", clientProducts.get("client-four.ch"), true, false))))), 400, "PRT-529");
        problem(Api.as(client.owner()).post(authorizations, Map.of("partnerOrganizationId", client().organization(),
                "access", Map.of("full", true))), 409, "PRT-517");

        JsonNode offered = ok(Api.as(client.owner()).post(authorizations, Map.of("partnerOrganizationId",
                partner.organization(), "access", Map.of("full", true, "billingEntrusted", true),
                "note", "Please take over")), 201);
        assertThat(offered.path("granted").path("full").asBoolean()).isTrue();
        String id = linked(mail(partner.owner(), "authorizes you as its partner"));
        String partnerSide = relationship(partner.organization(), id);
        problem(Api.as(partner.owner()).post(partnerSide + "/acceptance", Map.of("grant", Map.of("full", true))),
                403, "PRT-537");
        JsonNode accepted = ok(Api.as(partner.owner()).post(partnerSide + "/acceptance", Map.of()), 200);
        assertThat(accepted.path("status").asText()).isEqualTo("active");
        assertThat(accepted.path("granted").path("billingEntrusted").asBoolean()).isTrue();
        mail(client.owner(), "accepted the partner relationship");
        assertThat(managedValue(partner)).as("PAR-1: a full-access client's products are managed: 13.00 + 347.20").isEqualTo("360.20");
        String clientGroup = "/partners/" + partner.organization() + "/clients/" + client.organization() + "/";
        awaitGroups(partner.owner(), paths -> paths.contains(clientGroup + "full"));
        assertThat(Keycloak.groupPaths(partnerCollaborator)).as("not assigned: only the partner's own group")
                .contains("/partners/" + partner.organization()).noneMatch(path -> path.startsWith(clientGroup));
        assertThat(Keycloak.groupPaths(client.owner())).noneMatch(path -> path.startsWith("/partners/"));
        assertThat(Keycloak.groupPaths(partner.owner())).as("a relationship never makes the partner a member")
                .noneMatch(path -> path.startsWith("/organizations/" + client.organization()));
        assertThat(Keycloak.claims(Keycloak.passwordGrant(partner.owner().email(), Keycloak.PASSWORD).accessToken())
                .path("organization_roles").toString()).as("the token names the client").contains(clientGroup + "full");

        String clientSide = relationship(client.organization(), id);
        problem(Api.as(partner.owner()).put(partnerSide + "/access", Map.of("access", Map.of("full", true))),
                403, "PRT-537");
        JsonNode changed = ok(Api.as(client.owner()).put(clientSide + "/access", Map.of("access",
                limited(product("domains", clientProducts.get("client-four.ch"), true, false)))), 200);
        assertThat(changed.path("granted").path("full").asBoolean()).isFalse();
        assertThat(changed.path("requested").path("full").asBoolean()).as("the offer stays as sent").isTrue();
        mail(partner.owner(), "changed the access it grants you");
        assertThat(managedValue(partner)).as("the granted product of a limited access").isEqualTo("13.00");
        awaitGroups(partner.owner(), paths -> paths.contains(clientGroup + "limited") && !paths.contains(clientGroup + "full"));
        String renewedTo = LocalDate.now().plusYears(1).toString();
        assertThat(ok(Api.as(client.owner()).post(clientSide + "/renewal", Map.of("endsOn", renewedTo)), 200)
                .path("grantEndsOn").asText()).isEqualTo(renewedTo);
        mail(partner.owner(), "renewed the access it grants you");

        JsonNode preview = ok(Api.as(partner.owner()).get(partnerSide + "/ending-preview"), 200);
        assertThat(texts(preview.path("productsStaying"))).containsExactly("client-four.ch");
        assertThat(preview.path("billingReturns").asBoolean()).isFalse();
        problem(Api.as(partner.owner()).post(partnerSide + "/ending", Map.of("password", "not-the-password")),
                403, "PRT-536");
        assertThat(ok(Api.as(partner.owner()).get(partnerSide), 200).path("status").asText())
                .as("a wrong password changes nothing").isEqualTo("active");
        JsonNode ended = ok(Api.as(partner.owner()).post(partnerSide + "/ending",
                Map.of("password", partner.owner().password())), 200);
        assertThat(ended.path("status").asText()).isEqualTo("ended");
        assertThat(ended.path("endedBySide").asText()).isEqualTo("partner");
        mail(client.owner(), "ended the partner relationship");
        assertThat(managedValue(partner)).as("no longer managed").isEqualTo("0.00");
        awaitGroups(partner.owner(), paths -> paths.stream().noneMatch(path -> path.startsWith(clientGroup))
                && paths.contains("/partners/" + partner.organization()));
        problem(Api.as(client.owner()).post(clientSide + "/ending", Map.of("password", client.owner().password())),
                409, "PRT-535");
        assertThat(ok(Api.as(client.owner()).get(Portal.organization(client.organization()) + "/products"), 200)
                .path("items")).as("the products stay with the client").hasSize(2);

        JsonNode again = ok(Api.as(client.owner()).post(authorizations, Map.of("partnerOrganizationId",
                partner.organization(), "access", Map.of("full", true))), 201);
        String againId = again.path("id").asText();
        problem(Api.as(partner.owner()).post(relationship(partner.organization(), againId) + "/withdrawal", null),
                403, "PRT-526");
        assertThat(ok(Api.as(client.owner()).post(relationship(client.organization(), againId) + "/resending", null), 200)
                .path("status").asText()).isEqualTo("pending");
        assertThat(ok(Api.as(client.owner()).post(relationship(client.organization(), againId) + "/withdrawal", null), 200)
                .path("status").asText()).isEqualTo("withdrawn");
        mail(partner.owner(), "withdrew its request");
        problem(Api.as(partner.owner()).post(relationship(partner.organization(), againId) + "/acceptance", Map.of()),
                409, "PRT-523");
    }

    @Test
    void PAR_5_aClientRefusesWithAReasonThePartnerReads() {
        Side partner = partner();
        Side client = client();
        String id = ok(Api.as(partner.owner()).post(relationships(partner.organization()) + "/client-invitations",
                Map.of("clientEmail", client.owner().email(), "access", Map.of("full", true))), 201).path("id").asText();
        TestUser clientCollaborator = Portal.join(client.owner(), client.organization(), "collaborator");
        problem(Api.as(clientCollaborator).get(relationships(client.organization())), 403, "TEN-102");
        problem(Api.as(client.owner()).post(relationship(client.organization(), id) + "/refusal",
                Map.of("note", "x".repeat(1001))), 400, "PRT-540");
        JsonNode refused = ok(Api.as(client.owner()).post(relationship(client.organization(), id) + "/refusal",
                Map.of("note", "We manage it ourselves")), 200);
        assertThat(refused.path("status").asText()).isEqualTo("refused");
        assertThat(Mailbox.plainText(mail(partner.owner(), "refused the partner relationship")))
                .contains("We manage it ourselves");
        problem(Api.as(partner.owner()).post(relationship(partner.organization(), id) + "/resending", null), 409, "PRT-523");
        assertThat(ok(Api.as(partner.owner()).post(relationships(partner.organization()) + "/client-invitations",
                Map.of("clientEmail", client.owner().email(), "access", Map.of("full", true))), 201)
                .path("status").asText()).as("a refused request frees the pair").isEqualTo("pending");
    }
}
