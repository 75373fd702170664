package ch.partnerportal.api.problems;

import ch.partnerportal.kernel.Languages;
import ch.partnerportal.kernel.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/** Builds RFC 9457 problem answers from refusals. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response of(Refusal refusal, HttpHeaders headers, String instance) {
        return of(refusal, List.of(), headers, instance);
    }

    /** A refused body: the first field's refusal, and every field in error under {@code fields}. */
    public static Response of(InvalidBody invalid, HttpHeaders headers, String instance) {
        return of(invalid.refusal(), invalid.errors(), headers, instance);
    }

    private static Response of(Refusal refusal, List<InvalidBody.FieldError> errors, HttpHeaders headers,
                               String instance) {
        Locale locale = locale(headers);
        JsonObjectBuilder body = problem(refusal, locale, instance);
        if (errors.stream().anyMatch(error -> error.field() != null)) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            for (InvalidBody.FieldError error : errors) {
                fields.add(Json.createObjectBuilder().add("field", error.field())
                        .add("code", error.refusal().errorCode().code())
                        .add("detail", error.refusal().message(locale)));
            }
            body.add("fields", fields);
        }
        return Response.status(refusal.errorCode().httpStatus())
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body.build().toString())
                .build();
    }

    /** The problem document of a refusal, in the reader's language. */
    public static String body(Refusal refusal, Locale locale, String instance) {
        return problem(refusal, locale, instance).build().toString();
    }

    private static JsonObjectBuilder problem(Refusal refusal, Locale locale, String instance) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:partnerportal:problem:" + refusal.errorCode().slug())
                .add("title", refusal.errorCode().slug().replace('-', ' '))
                .add("status", refusal.errorCode().httpStatus())
                .add("code", refusal.errorCode().code())
                .add("detail", refusal.message(locale));
        if (instance != null) {
            body.add("instance", instance);
        }
        return body;
    }

    public static Response of(ApiError error, HttpHeaders headers, String instance) {
        return of(new Refusal(error), headers, instance);
    }

    public static Locale locale(HttpHeaders headers) {
        return locale(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    public static Locale locale(Enumeration<Locale> accepted) {
        return locale(Collections.list(accepted));
    }

    private static Locale locale(List<Locale> accepted) {
        return Languages.firstSupported(accepted);
    }
}
