package ch.partnerportal.console.billing;

import ch.partnerportal.billing.prepaid.boundary.PrepaidAccounts;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.kernel.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** PAY-6: the Swiss QR-bill slip of a deposit by transfer to the current organization's prepaid account. */
@WebServlet("/app/deposit-slip.pdf")
public class DepositSlipDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PrepaidAccounts accounts;

    @Inject
    ConsoleSession session;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            byte[] slip = accounts.depositSlip(session.currentOrganizationIdOrNull(), request.getParameter("amount"),
                    language.localeOrBrowser(request.getLocale()));
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"deposit-slip.pdf\"");
            response.getOutputStream().write(slip);
        } catch (Refusal refusal) {
            response.sendError(refusal.errorCode().httpStatus(),
                    refusal.message(language.localeOrBrowser(request.getLocale())));
        }
    }
}
