package ch.partnerportal.console.billing;

import ch.partnerportal.billing.invoices.boundary.InvoiceDocuments;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.kernel.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The PDF of one invoice or credit note of the current organization (PAY-7), behind the console's login. */
@WebServlet("/app/invoice.pdf")
public class InvoicePdfDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceDocuments documents;

    @Inject
    ConsoleSession session;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String creditNote = request.getParameter("creditNote");
            InvoiceDocuments.Pdf pdf = creditNote != null
                    ? documents.creditNotePdf(session.currentOrganizationIdOrNull(), creditNote,
                    language.localeOrBrowser(request.getLocale()))
                    : documents.pdf(session.currentOrganizationIdOrNull(), request.getParameter("invoice"),
                    language.localeOrBrowser(request.getLocale()));
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
            response.getOutputStream().write(pdf.content());
        } catch (Refusal refusal) {
            response.sendError(refusal.errorCode().httpStatus(), refusal.message(request.getLocale()));
        }
    }
}
