package ch.partnerportal.system.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Calls the portal's REST API as one user (or nobody), in one language. */
public final class Api {

    private final Supplier<String> token;
    private final Map<String, String> headers;

    private Api(Supplier<String> token, Map<String, String> headers) {
        this.token = token;
        this.headers = headers;
    }

    public static Api as(TestUser user) {
        return new Api(user::token, Http.headers("Accept-Language", "en"));
    }

    /** No Authorization header at all. */
    public static Api anonymous() {
        return new Api(null, Http.headers("Accept-Language", "en"));
    }

    public Api inLanguage(String language) {
        return withHeader("Accept-Language", language);
    }

    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(token, more);
    }

    public Http.Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Http.Reply post(String path, Object body) {
        return send("POST", path, body == null ? null : Http.json(body), "application/json");
    }

    public Http.Reply put(String path, Object body) {
        return send("PUT", path, Http.json(body), "application/json");
    }

    public Http.Reply patch(String path, Object body) {
        return send("PATCH", path, Http.json(body), "application/merge-patch+json");
    }

    public Http.Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** A request with a body sent exactly as given, for malformed input. */
    public Http.Reply send(String method, String path, String body, String contentType) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Accept", "application/json");
        if (token != null) {
            all.put("Authorization", "Bearer " + token.get());
        }
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        return Http.send(method, Env.PORTAL_URL + path, all, body);
    }
}
