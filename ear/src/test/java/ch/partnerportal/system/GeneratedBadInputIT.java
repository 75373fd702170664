package ch.partnerportal.system;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests generated from the served OpenAPI document: for every documented operation,
 * path parameters that name nothing or are not identifiers at all, bodies that are not JSON, not an
 * object, of the wrong types or with unknown fields, bodies in another format, and paging parameters
 * out of range where an operation pages. Each must be refused with a 4xx problem+json carrying a
 * code, and the caller's organization must be exactly as before.
 */
class GeneratedBadInputIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}-\\d{3}");
    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");

    /** Values no identifier has: unknown, too long, injection-shaped, traversal, escapes the container refuses. */
    private static final List<String> BAD_IDENTIFIERS = List.of(
            UUID.randomUUID().toString(), "x".repeat(300), enc("' OR '1'='1"), enc("<script>alert(1)</script>"),
            "a%2Fb", "%2e%2e", enc("\u202Eevil"), "0", "-1", enc("null"));

    private static final List<String> BAD_BODIES = List.of("{", "[]", "\"text\"", "42", "null",
            "{\"unknown-field\": true}", "{\"name\": 42, \"email\": [], \"items\": \"x\", \"amount\": {}}",
            "{\"a\":" .repeat(200) + "1" + "}".repeat(200));

    @Test
    void API_3_everyMalformedRequestIsAProblemWithACodeAndChangesNothing() {
        TestUser user = Keycloak.createUser();
        String organization = Portal.ownOrganization(user);
        String before = state(user, organization);

        JsonNode paths = Http.send("GET", Env.PORTAL_URL + "/openapi", Map.of("Accept", "application/json"), null)
                .json().path("paths");
        List<Http.Reply> answers = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = ops.next();
                String method = operation.getKey();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                operations++;
                answers.addAll(malformed(user, organization, path.getKey(), method, operation.getValue()));
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(25);
        assertThat(answers.size()).as("requests sent").isGreaterThan(300);
        for (Http.Reply reply : answers) {
            assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
            assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
            assertThat(reply.code()).as(reply.toString()).matches(CODE);
            assertThat(reply.text()).as(reply.toString()).doesNotContain("Exception").doesNotContain("java.");
        }
        assertThat(state(user, organization)).as("nothing changed").isEqualTo(before);
    }

    private static List<Http.Reply> malformed(TestUser user, String organization, String template, String method,
                                              JsonNode operation) {
        List<Http.Reply> replies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher found = PARAMETER.matcher(template);
        while (found.find()) {
            names.add(found.group(1));
        }
        // every path parameter in turn takes each bad value, the others what exists (the caller's organization)
        for (String bad : names) {
            for (String value : BAD_IDENTIFIERS) {
                replies.add(send(user, method, fill(template, names, organization, bad, value),
                        WITH_BODY.contains(method) ? "{}" : null, "application/json"));
            }
        }
        String real = fill(template, names, organization, null, null);
        boolean onlyOrganization = names.isEmpty() || names.equals(List.of("organization"));
        if (WITH_BODY.contains(method) && onlyOrganization && operation.has("requestBody")) {
            for (String body : BAD_BODIES) {
                replies.add(send(user, method, real, body, method.equals("patch") ? "application/merge-patch+json"
                        : "application/json"));
            }
            replies.add(send(user, method, real, "<order/>", "application/xml"));
            replies.add(send(user, method, real, "name=x", "application/x-www-form-urlencoded"));
        }
        if (method.equals("get") && onlyOrganization && pages(operation)) {
            for (String query : new String[] {"first=-1", "size=0", "size=100000000", "first=x", "size=1.5",
                    "first=99999999999999999999"}) {
                replies.add(send(user, method, real + "?" + query, null, null));
            }
        }
        return replies;
    }

    private static boolean pages(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals("size")) {
                return true;
            }
        }
        return false;
    }

    private static String fill(String template, List<String> names, String organization, String bad, String value) {
        String path = template;
        for (String name : names) {
            String replacement = name.equals(bad) ? value
                    : name.equals("organization") ? organization : UUID.randomUUID().toString();
            path = path.replace("{" + name + "}", replacement);
        }
        return "/api" + path;
    }

    private static Http.Reply send(TestUser user, String method, String path, String body, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + user.token());
        headers.put("Accept", "application/json");
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        if (contentType != null && body != null) {
            headers.put("Content-Type", contentType);
        }
        return Http.send(method.toUpperCase(), Env.PORTAL_URL + path, headers, body);
    }

    /** What the caller's organization holds, as the API answers it. */
    private static String state(TestUser user, String organization) {
        Api api = Api.as(user);
        StringBuilder state = new StringBuilder();
        for (String part : new String[] {"", "/users", "/invitations", "/orders", "/invoices", "/credit-notes",
                "/prepaid-account", "/products"}) {
            state.append(part).append(": ").append(Portal.ok(api.get(Portal.organization(organization) + part), 200))
                    .append('\n');
        }
        state.append("mine: ").append(Portal.ok(api.get(Portal.ORGANIZATIONS), 200));
        return state.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
