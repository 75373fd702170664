package ch.partnerportal.console.billing;

import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import ch.partnerportal.billing.api.CheckoutViews.ProductView;
import ch.partnerportal.billing.api.RefundViews.CreditNoteView;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.billing.refunds.boundary.Refunds;
import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.PagedList;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Products with their expiry and invoices with their PDF (PAY-7), for members with the billing permission. */
@Named
@ViewScoped
public class BillingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Orders orders;

    @Inject
    Refunds refunds;

    private List<ProductView> products = List.of();
    private PagedList<InvoiceView> invoices;
    private PagedList<CreditNoteView> creditNotes;
    private boolean hasCreditNotes;
    private boolean allowed;

    /** The page opened (its view action): loads it, or shows why it may not be seen. */
    public void open() {
        try {
            String organization = session.getCurrentOrganizationId();
            products = orders.products(organization);
            Orders invoicing = orders;
            Refunds refunding = refunds;
            invoices = new PagedList<>((first, size) -> invoicing.invoices(organization, first, size), InvoiceView::id);
            creditNotes = new PagedList<>((first, size) -> refunding.creditNotes(organization, first, size),
                    CreditNoteView::id);
            hasCreditNotes = refunds.creditNotes(organization, 0, 1).total() > 0;
            allowed = true;
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public String pdfUrl(InvoiceView invoice) {
        return "invoice.pdf?invoice=" + invoice.id();
    }

    public String pdfUrl(CreditNoteView note) {
        return "invoice.pdf?creditNote=" + note.id();
    }

    public PagedList<CreditNoteView> getCreditNotes() {
        return creditNotes;
    }

    public boolean isHasCreditNotes() {
        return hasCreditNotes;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<ProductView> getProducts() {
        return products;
    }

    public PagedList<InvoiceView> getInvoices() {
        return invoices;
    }
}
