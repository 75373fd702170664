package ch.partnerportal.console.session;

import ch.partnerportal.kernel.ErrorPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a console form (any POST, PUT, PATCH or DELETE) whose {@code Origin} is not the console's
 * own: the console's configured address ({@code portal.console.url}) or the address the request came
 * to. Browsers send the Origin on every such request, so a form another site makes a signed-in
 * person's browser send is refused before it reaches a page, with the portal's translated page (403).
 * A request without Origin comes from no browser and is left to the ViewState and the login, as
 * before; {@code Origin: null} (a sandboxed frame, a redirect across sites) is refused.
 */
public class SameOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private String configured;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        configured = ConfigProvider.getConfig().getOptionalValue("portal.console.url", String.class)
                .map(SameOrigin::originOf).orElse(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && CHANGES.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && !isOwn(origin.strip().toLowerCase(Locale.ROOT), request)) {
            // forwarded rather than sendError: the container applies no error page to a filter's refusal
            request.setAttribute(ErrorPage.PAGE, "foreign-origin");
            request.getRequestDispatcher("/error").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isOwn(String origin, HttpServletRequest request) {
        return origin.equals(configured) || origin.equals(originOf(request.getRequestURL().toString()));
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
