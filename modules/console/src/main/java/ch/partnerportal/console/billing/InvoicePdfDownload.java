package ch.partnerportal.console.billing;

import ch.partnerportal.billing.invoices.boundary.InvoiceDocuments;
import ch.partnerportal.kernel.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The PDF of one invoice ({@code ?invoice=}) or credit note ({@code ?creditNote=}) (PAY-7). */
@WebServlet("/app/invoice.pdf")
public class InvoicePdfDownload extends PdfDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceDocuments documents;

    @Override
    InvoiceDocuments.Pdf document(String organizationId, HttpServletRequest request, Locale locale) throws Refusal {
        String creditNote = request.getParameter("creditNote");
        return creditNote != null ? documents.creditNotePdf(organizationId, creditNote, locale)
                : documents.pdf(organizationId, request.getParameter("invoice"), locale);
    }
}
