package ch.partnerportal.console.session;

import ch.partnerportal.identity.api.IdentityProvider;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Ends the console session and the Keycloak session, then comes back to the landing page, or to
 * {@code then} when it is a page of this console (an invitation link opened while someone else was
 * logged in continues there).
 */
@WebServlet("/logout")
public class Logout extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentityProvider identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        String then = request.getParameter("then");
        String page = then != null && then.startsWith(request.getContextPath() + "/") && !then.contains("//")
                ? then : request.getContextPath() + "/index.xhtml";
        String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        response.sendRedirect(identity.logoutUrl(origin + page));
    }
}
