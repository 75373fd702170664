package ch.partnerportal.system.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Logs in to the console the way a browser does (OpenID Connect code flow through Keycloak's login
 * form, without JavaScript) and answers the cookies the browser then holds for the portal.
 */
public final class ConsoleLogin {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private ConsoleLogin() {
    }

    /** The Cookie header a logged-in browser sends to the portal. */
    public static String cookies(TestUser user, String page) {
        CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(jar)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = get(browser, Env.PORTAL_URL + page);
        // Keycloak asks the user name and the password on one page or on two.
        for (int step = 0; step < 2 && isLoginForm(response); step++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", user.email());
            if (response.body().contains("name=\"password\"")) {
                fields.put("password", Keycloak.PASSWORD);
            }
            response = post(browser, action(response), fields);
        }
        if (response.statusCode() != 200 || !response.uri().toString().startsWith(Env.PORTAL_URL)) {
            throw new IllegalStateException("Console login of " + user + " ended at " + response.uri() + " with "
                    + response.statusCode() + ":\n" + response.body());
        }
        return jar.getCookieStore().get(URI.create(Env.PORTAL_URL)).stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private static boolean isLoginForm(HttpResponse<String> response) {
        return LOGIN_FORM.matcher(response.body()).find();
    }

    private static String action(HttpResponse<String> page) {
        Matcher form = LOGIN_FORM.matcher(page.body());
        form.find();
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("Login form without action at " + page.uri());
        }
        return page.uri().resolve(action.group(1).replace("&amp;", "&")).toString();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) {
        return send(browser, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> fields) {
        return send(browser, HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(fields))));
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Console login failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Console login interrupted", e);
        }
    }
}
