package ch.partnerportal.api.problems;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completes the OpenAPI document with what every operation can answer besides its own refusals:
 * each 4xx and 5xx answer is an {@code application/problem+json} {@code Problem}, and the refusals
 * the container gives any operation are listed on each (a malformed path, a body the operation does
 * not read, a format it does not write, the service unavailable). A property that may be null and
 * takes only listed values lists null among them, as OpenAPI 3.0.3 asks: {@code nullable} alone does
 * not let a value outside the {@code enum} through.
 */
public class ProblemDocumentation implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    /** Answered by the container or the API's conventions for any operation. */
    private static final Map<String, String> ANY_OPERATION = Map.of(
            "400", "API-014 a path the API cannot read (an encoded slash, dot segments, a bad escape)",
            "404", "API-004 no such path",
            "405", "API-005 the method is not one of this path's",
            "406", "API-009 the answer cannot be given in an accepted format",
            "500", "API-099 an unexpected failure; nothing was changed",
            "503", "API-015 the service is unavailable for a moment");

    /** How any body is refused before the operation reads it; {@code fields} names each field in error. */
    private static final String BODY_REFUSED = "API-001 not a JSON object, API-011 a field the body does not take, "
            + "API-012 a value of another type, API-016 a value its constraints refuse, TXT-001 text nobody types";

    /** Answered by an operation that reads a body. */
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "API-010 the body is too large",
            "415", "API-006 the body is not JSON");

    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.TRUE.equals(schema.getNullable()) && schema.getEnumeration() != null
                && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                addMissing(responses, ANY_OPERATION);
                if (operation.getRequestBody() != null) {
                    addMissing(responses, WITH_BODY);
                    Content body = operation.getRequestBody().getContent();
                    if (body != null && body.hasMediaType("application/json")) {
                        APIResponse refused = responses.getAPIResponse("400");
                        refused.setDescription((refused.getDescription() == null ? ""
                                : refused.getDescription() + "; ") + BODY_REFUSED);
                    }
                }
                if (responses.getAPIResponses() != null) {
                    responses.getAPIResponses().forEach((code, response) -> {
                        if (code.startsWith("4") || code.startsWith("5")) {
                            response.setContent(problem());
                        }
                    });
                }
            }
        }
    }

    /** RFC 9457 with the portal's stable code; the detail is in the reader's language and names the field in error. */
    private static Schema problemSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A refusal (RFC 9457): code is stable and documented per operation; detail is written "
                        + "for a person in the Accept-Language (en, de, fr, it) and names the field in error")
                .addProperty("type", text("urn:partnerportal:problem:<slug of the code>"))
                .addProperty("title", text("The code's slug in words"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                        .description("The HTTP status"))
                .addProperty("code", text("For example TEN-104").pattern("^[A-Z]{3}-[0-9]{3}$"))
                .addProperty("detail", text("In the reader's language"))
                .addProperty("instance", text("The request's path"))
                .addProperty("fields", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("A refused body: every field in error by its path in the body "
                                + "(items[0].label); the first gives the problem its code")
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                .addProperty("field", text("The field's path in the body"))
                                .addProperty("code", text("Its refusal, for example API-016"))
                                .addProperty("detail", text("In the reader's language"))
                                .required(List.of("field", "code", "detail"))))
                .required(List.of("type", "title", "status", "code", "detail"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }

    private static void addMissing(APIResponses responses, Map<String, String> codes) {
        codes.forEach((code, description) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            }
        });
    }

    private static Content problem() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, problem);
    }
}
