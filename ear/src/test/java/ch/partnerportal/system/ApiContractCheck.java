package ch.partnerportal.system;

import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract: every answer the system tests received from the API, held to the OpenAPI document the
 * server serves. The status must be documented for the operation, a problem must be a Problem, and a
 * JSON body must match the operation's schema with no field the schema does not name. Runs after the
 * system tests (its own failsafe execution), on the exchanges they recorded.
 */
class ApiContractCheck {

    private record Exchange(String method, String path, int status, String contentType, String body) {
    }

    private record Documented(String key, Operation operation) {
    }

    @Test
    void everyAnswerTheSystemTestsReceivedIsTheDocumentedOne() throws IOException {
        Path file = Path.of(System.getProperty("contract.exchanges"));
        assertThat(file).as("the exchanges the system tests recorded").exists();
        List<Exchange> exchanges = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode json = Http.JSON.readTree(line);
            exchanges.add(new Exchange(json.path("method").asText(), json.path("path").asText(),
                    json.path("status").asInt(), json.path("contentType").asText(), json.path("body").asText()));
        }
        assertThat(exchanges).as("exchanges").hasSizeGreaterThan(500);

        String document = Http.send("GET", Env.PORTAL_URL + "/openapi", Map.of("Accept", "application/json"), null)
                .text();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        // kept as allOf: merging them drops the nullable beside the reference (a property that may be null)
        options.setResolveCombinators(false);
        OpenAPI openApi = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        assertThat(openApi).as("the served document parses").isNotNull();
        Map<Pattern, Map<String, Documented>> operations = operations(openApi);

        List<String> violations = new ArrayList<>();
        Set<String> checkedBodies = new TreeSet<>();
        SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (Exchange exchange : exchanges) {
            String relative = exchange.path().substring("/api".length());
            if (!relative.matches("^/[0-9]+/.*")) {
                // a path without a version is the latest (1), as the document's description says
                relative = "/1" + relative;
            }
            Documented documented = find(operations, exchange.method(), relative);
            if (documented == null) {
                if (exchange.status() < 400) {
                    violations.add(exchange.method() + " " + relative + " answered " + exchange.status()
                            + " but is no documented operation");
                }
                continue; // a refused path that is no operation: the conventions test checks its problem
            }
            ApiResponse response = documented.operation().getResponses() == null ? null
                    : documented.operation().getResponses().get(String.valueOf(exchange.status()));
            if (response == null) {
                violations.add(documented.key() + " answered " + exchange.status() + ", which it does not document");
                continue;
            }
            String type = exchange.contentType().split(";")[0].strip();
            if (exchange.body().isEmpty() || !type.endsWith("json")) {
                continue;
            }
            MediaType media = response.getContent() == null ? null : response.getContent().get(type);
            ObjectNode schema = media == null || media.getSchema() == null ? null
                    : strict(Http.JSON.readTree(Json.mapper().writeValueAsString(media.getSchema())));
            if (schema == null || !schema.has("properties") && !schema.has("items")) {
                violations.add(documented.key() + " " + exchange.status() + " answered " + type
                        + " without a documented schema for its body");
                continue;
            }
            for (Error error : schemas.getSchema(Http.JSON.writeValueAsString(schema), InputFormat.JSON)
                    .validate(exchange.body(), InputFormat.JSON)) {
                violations.add(documented.key() + " " + exchange.status() + ": " + error);
            }
            checkedBodies.add(documented.key() + " " + exchange.status());
        }
        assertThat(violations.stream().distinct().toList()).as("answers that break the contract").isEmpty();
        assertThat(checkedBodies).as("answers whose bodies were checked")
                .contains("GET /1/organizations/{organization}/users 200", "GET /1/organizations 200",
                        "GET /1/organizations/{organization} 404",
                        "POST /1/organizations/{organization}/orders/{order}/payment 200",
                        "POST /1/organizations/{organization}/orders/{order}/payment 202",
                        "POST /1/organizations/{organization}/prepaid-account/deposits 202",
                        "POST /1/bank-notifications 200");
    }

    private static Map<Pattern, Map<String, Documented>> operations(OpenAPI openApi) {
        Map<Pattern, Map<String, Documented>> operations = new LinkedHashMap<>();
        openApi.getPaths().forEach((template, item) -> {
            Pattern pattern = Pattern.compile("^" + template.replaceAll("\\{[^/]+}", "[^/]+") + "/?$");
            Map<String, Documented> byMethod = new LinkedHashMap<>();
            item.readOperationsMap().forEach((method, operation) -> byMethod.put(method.name(),
                    new Documented(method.name() + " " + template, operation)));
            operations.put(pattern, byMethod);
        });
        return operations;
    }

    /** The operation of a request: a literal path wins over a template (/1/x/preview over /1/x/{id}). */
    private static Documented find(Map<Pattern, Map<String, Documented>> operations, String method, String path) {
        Documented best = null;
        for (Map.Entry<Pattern, Map<String, Documented>> entry : operations.entrySet()) {
            Documented candidate = entry.getValue().get(method);
            if (candidate != null && entry.getKey().matcher(path).matches()
                    && (best == null || literalLength(candidate) > literalLength(best))) {
                best = candidate;
            }
        }
        return best;
    }

    private static int literalLength(Documented documented) {
        return documented.key().replaceAll("\\{[^/]+}", "").length();
    }

    /**
     * The schema as a JSON Schema that names every field: an object with properties takes no other
     * ones, and OpenAPI 3.0's {@code nullable} becomes a type that also takes null.
     */
    private static ObjectNode strict(JsonNode node) {
        ObjectNode schema = (ObjectNode) node;
        // a property of a named type is {"allOf": [the type], "nullable": ..., "description": ...}
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            JsonNode referenced = schema.remove("allOf").get(0);
            referenced.properties().forEach(field -> {
                if (!schema.has(field.getKey()) || !field.getKey().equals("description")) {
                    schema.set(field.getKey(), field.getValue().deepCopy());
                }
            });
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            ArrayNode types = Http.JSON.createArrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
        }
        schema.remove("nullable");
        schema.remove("example");
        if (schema.has("properties")) {
            if (!schema.has("additionalProperties")) {
                schema.put("additionalProperties", false);
            }
            for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                strict(property.getValue());
            }
        }
        if (schema.has("items")) {
            strict(schema.get("items"));
        }
        return schema;
    }
}
