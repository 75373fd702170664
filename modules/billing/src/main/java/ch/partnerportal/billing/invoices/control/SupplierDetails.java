package ch.partnerportal.billing.invoices.control;

import ch.partnerportal.billing.transfers.control.QrBills;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider as it appears on invoices and as the payee of transfers, from configuration
 * ({@code portal.supplier.*}). The defaults describe a demo supplier with the example accounts of
 * the QR-bill specification, so a fresh installation can show a complete QR-bill.
 */
@ApplicationScoped
public class SupplierDetails {

    @Inject
    @ConfigProperty(name = "portal.supplier.name", defaultValue = "Swiss Cloud Provider SA (demo)")
    String name;

    @Inject
    @ConfigProperty(name = "portal.supplier.street", defaultValue = "Rue du Nuage")
    String street;

    @Inject
    @ConfigProperty(name = "portal.supplier.house-number", defaultValue = "1")
    String houseNumber;

    @Inject
    @ConfigProperty(name = "portal.supplier.postal-code", defaultValue = "1204")
    String postalCode;

    @Inject
    @ConfigProperty(name = "portal.supplier.town", defaultValue = "Genève")
    String town;

    @Inject
    @ConfigProperty(name = "portal.supplier.country", defaultValue = "CH")
    String country;

    @Inject
    @ConfigProperty(name = "portal.supplier.vat", defaultValue = "CHE-000.000.000 MWST")
    String vatNumber;

    /** The ordinary IBAN: EUR transfers, with a creditor reference. */
    @Inject
    @ConfigProperty(name = "portal.supplier.iban", defaultValue = "CH9300762011623852957")
    String iban;

    /** The QR-IBAN: CHF transfers, with a QR reference. */
    @Inject
    @ConfigProperty(name = "portal.supplier.qr-iban", defaultValue = "CH4431999123000889012")
    String qrIban;

    public InvoicePdf.Supplier supplier() {
        return new InvoicePdf.Supplier(name, street + " " + houseNumber + ", " + postalCode + " " + town + ", "
                + country, vatNumber);
    }

    public QrBills.Payee payee() {
        return new QrBills.Payee(name, street, houseNumber, postalCode, town, country, compact(iban),
                compact(qrIban));
    }

    private static String compact(String account) {
        return account == null ? null : account.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
