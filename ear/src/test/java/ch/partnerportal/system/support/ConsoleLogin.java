package ch.partnerportal.system.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Logs in to the console the way a browser does (OpenID Connect code flow through Keycloak's login
 * form, without JavaScript) and answers the cookies the browser then holds for the portal. Cookies are
 * kept by host and port, as given: Keycloak marks its cookies Secure even on plain http to localhost,
 * which a browser accepts there and java.net's CookieManager does not.
 */
public final class ConsoleLogin {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    private ConsoleLogin() {
    }

    /** The Cookie header a browser sends to the portal after logging in to the console at {@code page}. */
    public static String cookies(TestUser user, String page) {
        ConsoleLogin browser = new ConsoleLogin();
        HttpResponse<String> response = browser.open("GET", URI.create(Env.PORTAL_URL + page), null);
        // Keycloak asks the user name and the password on one page or on two.
        for (int step = 0; step < 2 && LOGIN_FORM.matcher(response.body()).find(); step++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", user.email());
            if (response.body().contains("name=\"password\"")) {
                fields.put("password", Keycloak.PASSWORD);
            }
            response = browser.open("POST", action(response), Http.form(fields));
        }
        if (response.statusCode() != 200 || !response.uri().toString().startsWith(Env.PORTAL_URL)) {
            throw new IllegalStateException("Console login of " + user + " ended at " + response.uri() + " with "
                    + response.statusCode() + ":\n" + response.body());
        }
        return browser.cookieHeader(URI.create(Env.PORTAL_URL));
    }

    /** One request and the redirects after it, as a browser follows them. */
    private HttpResponse<String> open(String method, URI uri, String form) {
        for (int hop = 0; hop < 20; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
            String cookie = cookieHeader(uri);
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie);
            }
            if ("POST".equals(method)) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
            }
            HttpResponse<String> response = send(request.build());
            URI answered = uri;
            response.headers().allValues("Set-Cookie").forEach(header -> keep(answered, header));
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return response;
            }
            uri = uri.resolve(location);
            method = "GET";
        }
        throw new IllegalStateException("Too many redirects at " + uri);
    }

    private void keep(URI uri, String header) {
        String[] parts = header.split(";");
        int equals = parts[0].indexOf('=');
        String name = parts[0].substring(0, equals).trim();
        String value = parts[0].substring(equals + 1).trim();
        boolean expired = value.isEmpty();
        for (String attribute : parts) {
            String lower = attribute.trim().toLowerCase(Locale.ROOT);
            expired |= lower.equals("max-age=0") || lower.startsWith("expires=thu, 01 jan 1970") || lower.startsWith("expires=thu, 01-jan-1970");
        }
        Map<String, String> jar = cookies.computeIfAbsent(uri.getAuthority(), key -> new LinkedHashMap<>());
        if (expired) {
            jar.remove(name);
        } else {
            jar.put(name, value);
        }
    }

    private String cookieHeader(URI uri) {
        return cookies.getOrDefault(uri.getAuthority(), Map.of()).entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private static URI action(HttpResponse<String> page) {
        Matcher form = LOGIN_FORM.matcher(page.body());
        Matcher action = form.find() ? ACTION.matcher(form.group()) : null;
        if (action == null || !action.find()) {
            throw new IllegalStateException("No login form with an action at " + page.uri());
        }
        return page.uri().resolve(action.group(1).replace("&amp;", "&"));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Console login failed at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Console login interrupted", e);
        }
    }
}
