package ch.partnerportal.billing.invoices.boundary;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.TransferView;
import ch.partnerportal.billing.invoices.control.InvoicePdf;
import ch.partnerportal.billing.invoices.control.SupplierDetails;
import ch.partnerportal.billing.invoices.entity.InvoiceStatus;
import ch.partnerportal.billing.transfers.control.QrBills;
import ch.partnerportal.billing.transfers.control.TransferReferences;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import ch.partnerportal.billing.invoices.entity.CreditNote;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;
import java.util.Optional;

/** The printable invoices of an organization (PAY-7), for members with the billing permission. */
@Stateless
public class InvoiceDocuments {

    public record Pdf(String fileName, byte[] content) {
    }

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    SupplierDetails supplier;

    @Inject
    TransferReferences references;

    public Pdf pdf(String organizationId, String invoiceId, Locale locale) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        Invoice invoice = invoiceId == null ? null : em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new Refusal(BillingError.INVOICE_NOT_FOUND);
        }
        invoice.requireOwnedBy(organizationId);
        Optional<TransferReference> reference = invoice.status() == InvoiceStatus.PRO_FORMA
                ? references.ofInvoice(invoice.id()) : Optional.empty();
        Optional<TransferView> transfer = reference.map(r -> references.instructions(r, invoice.payable()));
        byte[] content = InvoicePdf.render(invoice, supplier.supplier(), locale, transfer);
        if (reference.isPresent()) {
            // PAY-3: the pro-forma of a transfer carries its Swiss QR-bill
            content = QrBills.withPaymentPart(content, QrBills.bill(supplier.payee(), invoice.payable(),
                    reference.get().reference(), Optional.of(invoice.customer()),
                    "Pro-forma " + invoice.id().substring(0, 8), locale));
        }
        return new Pdf(invoice.number().orElse("pro-forma-" + invoice.id().substring(0, 8)) + ".pdf", content);
    }

    /** PAY-7: a credit note of the organization as PDF. */
    public Pdf creditNotePdf(String organizationId, String creditNoteId, Locale locale) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        CreditNote note = creditNoteId == null ? null : em.find(CreditNote.class, creditNoteId);
        if (note == null || !note.organizationId().equals(organizationId)) {
            throw new Refusal(BillingError.INVOICE_NOT_FOUND);
        }
        return new Pdf(note.number() + ".pdf", InvoicePdf.render(note, supplier.supplier(), locale));
    }
}
