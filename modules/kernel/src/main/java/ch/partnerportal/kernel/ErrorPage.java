package ch.partnerportal.kernel;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's own error page, in the reader's language, for every web module that serves pages:
 * what the container or the application refused (404, 403, 400, a page that expired, a form from
 * another site) and what failed (500, 503). Written without Faces, so it still shows when the
 * failure is in Faces itself; it names no Java class and shows no stack frame. The page to show is
 * chosen by status, or by the {@code page} request attribute a filter sets ({@code expired},
 * {@code foreign-origin}).
 */
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final List<String> PAGES = List.of("400", "403", "404", "500", "503", "expired", "foreign-origin");
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    private static final java.util.regex.Pattern OWN_PAGE = java.util.regex.Pattern.compile("/[A-Za-z0-9_/.-]{1,200}\\.xhtml");

    /** Request attribute naming the page when the status alone does not say it. */
    public static final String PAGE = ErrorPage.class.getName() + ".page";

    /** Only inline styles: the page loads nothing. */
    public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    /** Where the page's one link leads: the console's start page. */
    private String home = "/console/";

    @Override
    public void init() {
        String configured = getInitParameter("home");
        if (configured != null && !configured.isBlank()) {
            home = configured.strip();
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        String page = page(request, status == null, code, failure instanceof Throwable thrown ? thrown : null);
        if ("500".equals(page) && failure instanceof Throwable thrown) {
            LOG.log(Level.SEVERE, "Unexpected failure on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    thrown);
        }
        Locale locale = locale(request);
        ResourceBundle texts = ResourceBundle.getBundle("ch.partnerportal.kernel.messages", locale,
                ErrorPage.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(SWISS_TIME).format(Instant.now());
        String failedPage = failedPage(request);
        boolean reload = "expired".equals(page) && failedPage != null;
        String link = reload ? failedPage : home;
        response.resetBuffer();
        SecurityHeaders.apply(POLICY, request, response);
        response.setStatus(statusOf(page, code));
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale.getLanguage());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
                h1{font-size:1.5rem}a{color:#1d4ed8}.time{color:#6b7280;font-size:.9rem}</style></head>
                <body><main><h1 id="error-title">%s</h1><p id="error-text">%s</p>
                <p><a id="error-link" href="%s">%s</a></p><p class="time">%s</p></main></body></html>
                """.formatted(locale.getLanguage(), html(texts.getString("page." + page + ".title")),
                html(texts.getString("page." + page + ".title")),
                html(texts.getString("page." + page + ".text")), html(link),
                html(texts.getString(reload ? "page.reload" : "page.home")),
                html(MessageFormat.format(texts.getString("page.time"), time))));
    }

    /**
     * The page that failed, to reload it: the container names it; a redirect here names it as
     * {@code from}, a page of this module only (never another site).
     */
    private static String failedPage(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            return uri;
        }
        String from = request.getParameter("from");
        return from != null && OWN_PAGE.matcher(from).matches() && !from.contains("..")
                ? request.getContextPath() + from : null;
    }

    /** The chosen language of the session where a module knows one; here the browser's. */
    protected Locale locale(HttpServletRequest request) {
        return Languages.firstSupported(Collections.list(request.getLocales()));
    }

    static String page(HttpServletRequest request, boolean openedDirectly, int status, Throwable failure) {
        if (request.getAttribute(PAGE) instanceof String named) {
            return named;
        }
        // PrimeFaces answers a failed Ajax request with a redirect here, naming the page
        String asked = request.getParameter("page");
        if (openedDirectly && PAGES.contains(asked)) {
            return asked;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().endsWith("ViewExpiredException")) {
                return "expired";
            }
        }
        return switch (status) {
            case 400, 403, 404, 503 -> String.valueOf(status);
            case 401 -> "403";
            case 405, 413, 414, 415 -> "400";
            default -> status < 500 ? "404" : "500";
        };
    }

    private static int statusOf(String page, int status) {
        return switch (page) {
            case "expired" -> HttpServletResponse.SC_BAD_REQUEST;
            case "foreign-origin" -> HttpServletResponse.SC_FORBIDDEN;
            case "500" -> status >= 500 ? status : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            default -> status;
        };
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
