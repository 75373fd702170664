package ch.partnerportal.api.problems;

import ch.partnerportal.kernel.Languages;
import ch.partnerportal.kernel.Refusal;
import jakarta.json.Json;
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
        Locale locale = locale(headers);
        return Response.status(refusal.errorCode().httpStatus())
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body(refusal, locale, instance))
                .build();
    }

    /** The problem document of a refusal, in the reader's language. */
    public static String body(Refusal refusal, Locale locale, String instance) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:partnerportal:problem:" + refusal.errorCode().slug())
                .add("title", refusal.errorCode().slug().replace('-', ' '))
                .add("status", refusal.errorCode().httpStatus())
                .add("code", refusal.errorCode().code())
                .add("detail", refusal.message(locale));
        if (instance != null) {
            body.add("instance", instance);
        }
        return body.build().toString();
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
