package ch.partnerportal.kernel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Locale;

/**
 * The security headers of every answer of a web module, set before anything is written so that error
 * pages and the container's own answers carry them too: a Content-Security-Policy (the module's, from
 * the {@code policy} init parameter), {@code X-Content-Type-Options: nosniff}, a Referrer-Policy, a
 * Permissions-Policy, and over https HSTS and {@code Secure} cookies. A request counts as https when it
 * came so or a proxy in front says so ({@code X-Forwarded-Proto: https}).
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For a module that serves no page: nothing may load, nothing may frame it. */
    public static final String NOTHING = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private String policy = NOTHING;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String configured = config.getInitParameter("policy");
        if (configured != null && !configured.isBlank()) {
            policy = configured.strip().replaceAll("\\s+", " ");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean https = apply(policy, request, response);
        chain.doFilter(request, https ? new SecureCookies(response) : response);
    }

    /**
     * Sets the headers on an answer written outside the filter chain (an error page the container
     * dispatched to without passing the filters); true when the request came over https.
     */
    public static boolean apply(String policy, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        boolean https = isHttps(request);
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        return https;
    }

    static boolean isHttps(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSecure() || forwarded != null && forwarded.strip().toLowerCase(Locale.ROOT).equals("https");
    }

    /** Marks every cookie the application sets as {@code Secure}. */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            if (value != null && "set-cookie".equalsIgnoreCase(name)
                    && !value.toLowerCase(Locale.ROOT).matches(".*;\\s*secure\\s*(;.*)?")) {
                return value + "; Secure";
            }
            return value;
        }
    }
}
