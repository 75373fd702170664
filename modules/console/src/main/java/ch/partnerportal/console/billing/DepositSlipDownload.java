package ch.partnerportal.console.billing;

import ch.partnerportal.billing.invoices.boundary.InvoiceDocuments;
import ch.partnerportal.billing.prepaid.boundary.PrepaidAccounts;
import ch.partnerportal.kernel.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** PAY-6: the Swiss QR-bill slip of a deposit by transfer to the current organization's prepaid account. */
@WebServlet("/app/deposit-slip.pdf")
public class DepositSlipDownload extends PdfDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    PrepaidAccounts accounts;

    @Override
    InvoiceDocuments.Pdf document(String organizationId, HttpServletRequest request, Locale locale) throws Refusal {
        return new InvoiceDocuments.Pdf("deposit-slip.pdf",
                accounts.depositSlip(organizationId, request.getParameter("amount"), locale));
    }
}
