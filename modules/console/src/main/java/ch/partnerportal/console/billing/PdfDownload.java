package ch.partnerportal.console.billing;

import ch.partnerportal.billing.invoices.boundary.InvoiceDocuments;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.kernel.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * A document of the current organization as PDF, behind the console's login, in the page's
 * language; a refusal (another organization's document, no billing permission) is an HTTP error
 * with the translated message.
 */
abstract class PdfDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Language language;

    abstract InvoiceDocuments.Pdf document(String organizationId, HttpServletRequest request, Locale locale)
            throws Refusal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.localeOrBrowser(request.getLocale());
        try {
            InvoiceDocuments.Pdf pdf = document(session.currentOrganizationIdOrNull(), request, locale);
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
            response.getOutputStream().write(pdf.content());
        } catch (Refusal refusal) {
            response.sendError(refusal.errorCode().httpStatus(), refusal.message(locale));
        }
    }
}
