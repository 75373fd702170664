package ch.partnerportal.api.problems;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.SecurityHeaders;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's error page (web.xml): what the container refuses before JAX-RS sees the request, such as
 * an encoded slash or dot in the path, a malformed character encoding or a request the security
 * layer stops, is answered as problem+json like every other refusal, never with the container's HTML
 * page (which names Java classes and shows stack frames).
 */
public class ContainerProblems extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContainerProblems.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // opened directly, not as the error page of a request: nothing is here
        int code = status instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        ApiError error = ApiError.forStatus(code, failure instanceof Throwable thrown ? thrown : null);
        if (error == ApiError.INTERNAL && failure instanceof Throwable thrown) {
            LOG.log(Level.SEVERE, "Unexpected failure on " + uri, thrown);
        }
        Refusal refusal = error == ApiError.BODY_TOO_LARGE ? new Refusal(error, ApiError.LARGEST_BODY_MB)
                : new Refusal(error);
        var locale = Problems.locale(request.getLocales());
        response.resetBuffer();
        SecurityHeaders.apply(SecurityHeaders.NOTHING, request, response);
        response.setStatus(error.httpStatus());
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale.getLanguage());
        response.getWriter().write(Problems.body(refusal, locale, uri instanceof String path
                ? path.substring(path.startsWith(request.getContextPath()) ? request.getContextPath().length() : 0) : null));
    }
}
