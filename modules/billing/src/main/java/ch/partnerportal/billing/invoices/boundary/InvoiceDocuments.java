package ch.partnerportal.billing.invoices.boundary;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.invoices.control.InvoicePdf;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

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
    @ConfigProperty(name = "portal.supplier.name", defaultValue = "Swiss Cloud Provider SA (demo)")
    String supplierName;

    @Inject
    @ConfigProperty(name = "portal.supplier.address", defaultValue = "Rue du Nuage 1, 1204 Genève, Switzerland")
    String supplierAddress;

    @Inject
    @ConfigProperty(name = "portal.supplier.vat", defaultValue = "CHE-000.000.000 MWST")
    String supplierVat;

    public Pdf pdf(String organizationId, String invoiceId, Locale locale) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        Invoice invoice = invoiceId == null ? null : em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new Refusal(BillingError.INVOICE_NOT_FOUND);
        }
        invoice.requireOwnedBy(organizationId);
        byte[] content = InvoicePdf.render(invoice,
                new InvoicePdf.Supplier(supplierName, supplierAddress, supplierVat), locale);
        return new Pdf(invoice.number().orElse("pro-forma-" + invoice.id().substring(0, 8)) + ".pdf", content);
    }
}
