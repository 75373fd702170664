package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Mailbox;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.Side;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ch.partnerportal.system.support.Portal.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant-isolation matrix with partner actors (ORG-3, PAR-4, PAR-5, PAR-6, PAR-10): every operation
 * of the served OpenAPI document on one client's organization (and the paths that name the client's
 * invoices by id) is called by each kind of actor that must reach nothing or little of it: a stranger,
 * a partner user in scope of a limited access (on the products it was not granted), the same partner's
 * collaborator who is not assigned, a partner whose relationship was stopped, and one whose grant
 * expired. No answer but the few the access allows is a success, none carries what the client holds,
 * and the client's account is exactly as before.
 */
@ExtendWith(Mailbox.class)
class PartnerIsolationMatrixIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}-\\d{3}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final TestUser ADMIN = Keycloak.createPlatformAdmin();

    /** What a partner user in scope of a limited access reaches without a product named: the list, its elevations. */
    private static final Set<String> IN_SCOPE = Set.of(
            "get /1/organizations/{organization}/products",
            "get /1/organizations/{organization}/partner-elevations",
            "post /1/organizations/{organization}/partner-elevations");

    private record Operation(String method, String template) {
        String key() {
            return method + " " + template;
        }
    }

    private static String domain(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
    }

    private static Map<String, Object> limitedTo(String productId) {
        Map<String, Object> product = new HashMap<>();
        product.put("category", "domains");
        product.put("productId", productId);
        product.put("technical", true);
        product.put("statistics", true);
        return Map.of("full", false, "products", List.of(product));
    }

    @Test
    void PAR_4_noActorOutsideTheGrantReachesAnythingOfTheClientOnAnyPath() {
        Side client = Side.client();
        String granted = domain("granted");
        String withheld = domain("withheld");
        Map<String, String> products = Portal.buy(client.owner(), client.organization(), List.of(
                Map.of("type", "domain-ch", "label", granted, "years", 1),
                Map.of("type", "domain-ch", "label", withheld, "years", 1),
                Map.of("type", "web-hosting", "label", "www." + withheld, "years", 1)));
        Api owner = Api.as(client.owner());
        String org = Portal.organization(client.organization());
        String invitee = Keycloak.newEmail();
        String invitation = Portal.invite(client.owner(), client.organization(), invitee, "collaborator", List.of(),
                List.of()).path("id").asText();
        String team = ok(owner.post(org + "/teams", Map.of("name", "Matrix team")), 201).path("id").asText();

        Side inScope = Side.partner(ADMIN);
        String relationship = Portal.activeRelationship(client, inScope, limitedTo(products.get(granted)), null);
        TestUser unassigned = Portal.join(inScope.owner(), inScope.organization(), "collaborator");
        Side stopped = Side.partner(ADMIN);
        String stoppedRelationship = Portal.activeRelationship(client, stopped, Map.of("full", true), null);
        ok(owner.post(org + "/partner-relationships/" + stoppedRelationship + "/ending",
                Map.of("password", client.owner().password())), 200);
        Side expiring = Side.partner(ADMIN);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));
        // ends the day after tomorrow: still active when the other actors run, even across a midnight
        LocalDate ends = today.plusDays(2);
        Portal.activeRelationship(client, expiring, Map.of("full", true), ends.toString());
        Side stranger = Side.client();

        Map<String, String> real = new HashMap<>();
        real.put("organization", client.organization());
        real.put("invoice", ok(owner.get(org + "/invoices"), 200).path("items").get(0).path("id").asText());
        real.put("order", ok(owner.get(org + "/orders"), 200).path("items").get(0).path("id").asText());
        real.put("account", Portal.accountId(client.owner(), client.organization(), client.owner()));
        real.put("invitation", invitation);
        real.put("team", team);
        real.put("relationship", relationship);
        List<String> secrets = List.of(client.owner().email().toLowerCase(), withheld, invitee.toLowerCase());
        String before = state(client);

        List<Operation> operations = operations();
        assertThat(operations).as("operations on a client's organization").hasSizeGreaterThan(60);
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        Map<String, String> outOfScope = new HashMap<>(real);
        outOfScope.put("product", products.get(withheld));
        Map<String, String> anyProduct = new HashMap<>(real);
        anyProduct.put("product", products.get(granted));
        for (Operation operation : operations) {
            calls += check(stranger.owner(), "stranger", operation, anyProduct, Set.of(), secrets, leaks);
            calls += check(unassigned, "unassigned collaborator", operation, anyProduct, Set.of(), secrets, leaks);
            calls += check(stopped.owner(), "stopped partner", operation, anyProduct, Set.of(), secrets, leaks);
            calls += check(inScope.owner(), "partner in scope", operation, outOfScope, IN_SCOPE, secrets, leaks);
        }
        Duration untilExpired = Duration.between(ZonedDateTime.now(ZoneId.of("Europe/Zurich")),
                ends.atStartOfDay(ZoneId.of("Europe/Zurich"))).plusMinutes(1);
        ok(Api.as(expiring.owner()).get(org + "/products"), 200);
        try {
            ok(Api.as(ADMIN).put("/api/1/platform/clock", Map.of("aheadSeconds", (int) untilExpired.toSeconds())), 200);
            for (Operation operation : operations) {
                calls += check(expiring.owner(), "expired grant", operation, anyProduct, Set.of(), secrets, leaks);
            }
        } finally {
            ok(Api.as(ADMIN).put("/api/1/platform/clock", Map.of("aheadSeconds", 0)), 200);
        }

        assertThat(calls).as("calls of the matrix").isGreaterThan(300);
        assertThat(leaks).as("answers that reached the client").isEmpty();
        assertThat(state(client)).as("the client's account is as it was").isEqualTo(before);
    }

    /** The operations of the served document on an organization's id, and those naming an invoice. */
    private static List<Operation> operations() {
        JsonNode paths = Http.send("GET", Env.PORTAL_URL + "/openapi", Map.of("Accept", "application/json"), null)
                .json().path("paths");
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String template = path.getKey();
            boolean tenant = template.contains("{organization}") || template.contains("{invoice}");
            if (!tenant) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (METHODS.contains(method)) {
                    found.add(new Operation(method, template));
                }
            }
        }
        return found;
    }

    /** @return the number of calls made */
    private static int check(TestUser actor, String kind, Operation operation, Map<String, String> values,
                             Set<String> allowed, List<String> secrets, List<String> leaks) {
        String path = "/api" + fill(operation.template(), values);
        Http.Reply reply = send(actor, operation.method(), path);
        boolean success = reply.status() >= 200 && reply.status() < 400;
        String where = kind + ": " + operation.method().toUpperCase() + " " + path + " -> " + reply.status();
        if (success && !allowed.contains(operation.key())) {
            leaks.add(where + " answered " + reply.text());
        }
        if (!success && (reply.header("Content-Type") == null
                || !reply.header("Content-Type").startsWith("application/problem+json")
                || !CODE.matcher(reply.code() == null ? "" : reply.code()).matches())) {
            leaks.add(where + " is not a problem with a code: " + reply.text());
        }
        for (String secret : secrets) {
            if (reply.text() != null && reply.text().toLowerCase().contains(secret.toLowerCase())) {
                leaks.add(where + " tells " + secret);
            }
        }
        return 1;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, values.getOrDefault(parameter.group(1), UUID.randomUUID().toString()));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private static Http.Reply send(TestUser actor, String method, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + actor.token());
        headers.put("Accept", "application/json");
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        String body = null;
        if (Set.of("post", "put", "patch").contains(method)) {
            body = "{}";
            headers.put("Content-Type", method.equals("patch") ? "application/merge-patch+json" : "application/json");
        }
        return Http.send(method.toUpperCase(), Env.PORTAL_URL + path, headers, body);
    }

    /** What the client holds, as its legal representative reads it. */
    private static String state(Side client) {
        Api owner = Api.as(client.owner());
        StringBuilder state = new StringBuilder();
        for (String part : new String[] {"", "/users", "/invitations", "/orders", "/invoices", "/credit-notes",
                "/prepaid-account", "/products", "/teams", "/partner-relationships", "/partner-elevations",
                "/audit-trail"}) {
            state.append(part).append(": ")
                    .append(ok(owner.get(Portal.organization(client.organization()) + part), 200)).append('\n');
        }
        return state.toString();
    }
}
