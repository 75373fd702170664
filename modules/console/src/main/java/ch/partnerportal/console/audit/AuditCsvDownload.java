package ch.partnerportal.console.audit;

import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.AuditFilter;
import ch.partnerportal.tenancy.audit.boundary.AuditTrail;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The current organization's audit trail as CSV, with the page's filters, behind the console's login;
 * the caller is checked before the first byte, so a refusal is an HTTP error with the translated message.
 */
@WebServlet("/app/audit-trail.csv")
public class AuditCsvDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Language language;

    @Inject
    AuditTrail trail;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.localeOrBrowser(request.getLocale());
        String organization = session.currentOrganizationIdOrNull();
        AuditFilter filter;
        try {
            filter = new AuditFilter(request.getParameter("actorKind"), request.getParameter("actor"),
                    day(request, "from"), day(request, "to"));
        } catch (DateTimeParseException notADay) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            trail.requireReader(organization);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
            trail.exportCsv(organization, filter, response.getOutputStream());
        } catch (Refusal refusal) {
            response.sendError(refusal.errorCode().httpStatus(), refusal.message(locale));
        }
    }

    private static LocalDate day(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
