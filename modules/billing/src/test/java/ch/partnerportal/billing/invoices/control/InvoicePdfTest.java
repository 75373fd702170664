package ch.partnerportal.billing.invoices.control;

import ch.partnerportal.billing.catalog.entity.PartnerBenefit;
import ch.partnerportal.billing.catalog.entity.PartnerRate;
import ch.partnerportal.billing.catalog.entity.PriceQuote;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.invoices.entity.CreditNote;
import ch.partnerportal.billing.invoices.entity.CustomerSnapshot;
import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import ch.partnerportal.billing.invoices.entity.InvoiceSequence;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicePdfTest {

    private static final Instant PAID = Instant.parse("2026-11-27T10:00:00Z");
    private static final InvoicePdf.Supplier SUPPLIER =
            new InvoicePdf.Supplier("Cloud SA", "Rue 1, 1204 Genève", "CHE-111.222.333 MWST");

    /** A line for a period in months (12 a year). */
    private static InvoiceLine line(ProductType type, String label, int months, Currency currency) throws Refusal {
        return InvoiceLine.quoted(null, label, PriceQuote.calculate(type, currency, months, 1, PartnerRate.NONE),
                PartnerBenefit.CASHBACK);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void PAY_7_aPaidInvoicePrintsItsNumberCustomerLinesAndRoundedTotal() throws Exception {
        CustomerSnapshot customer = CustomerSnapshot.of("Muster AG", "Bahnhofstrasse 1", "8001", "Zürich", "CH",
                "CHE-123.456.789 MWST");
        Invoice invoice = Invoice.issuePaid("org-1", customer, List.of(
                        line(ProductType.WEB_HOSTING, "www.muster.ch", 12, Currency.CHF),
                        line(ProductType.DOMAIN_CH, "muster.ch", 36, Currency.CHF)),
                InvoiceSequence.start(DocumentSeries.INVOICE, Currency.CHF, 2026).next(), PAID);

        String english = text(InvoicePdf.render(invoice, SUPPLIER, Locale.ENGLISH));
        assertThat(english).contains("Invoice CHF-2026-000001", "Cloud SA", "CHE-111.222.333 MWST", "Muster AG",
                "Bahnhofstrasse 1", "8001 Zürich", "www.muster.ch", "muster.ch", "3 years", "347.20", "39.00",
                "386.20", "VAT 8.1 %", "31.28", "417.48", "Rounding", "0.02", "Amount payable", "417.50", "Paid");

        String german = text(InvoicePdf.render(invoice, SUPPLIER, Locale.GERMAN));
        assertThat(german).contains("Rechnung CHF-2026-000001", "MWST 8.1 %", "Zu bezahlen", "3 Jahre");
    }

    @Test
    void PAY_3_aProFormaSaysItHasNoLegalValueAndWhenItIsDue() throws Exception {
        CustomerSnapshot customer = CustomerSnapshot.of("Beispiel GmbH", null, "10115", "Berlin", "DE", null);
        Invoice proForma = Invoice.proForma("org-2", customer,
                List.of(line(ProductType.KDRIVE, "Team drive", 12, Currency.EUR),
                        line(ProductType.KCHAT, "Team chat", 6, Currency.EUR)), LocalDate.of(2026, 12, 15), PAID);
        String french = text(InvoicePdf.render(proForma, SUPPLIER, Locale.FRENCH));
        assertThat(french).contains("Facture pro forma (sans valeur légale)", "Payable jusqu’au 15 décembre 2026",
                "205.00", "1 an", "6 mois", "28.20", "233.20", "autoliquidation").doesNotContain("CHF-");
    }

    @Test
    void PAY_7_aCreditNotePrintsTheInvoiceItRefundsAndWhereTheMoneyWent() throws Exception {
        CustomerSnapshot customer = CustomerSnapshot.of("Muster AG", "Bahnhofstrasse 1", "8001", "Zürich", "CH", null);
        Invoice invoice = Invoice.issuePaid("org-1", customer, List.of(
                        line(ProductType.WEB_HOSTING, "www.muster.ch", 12, Currency.CHF),
                        line(ProductType.DOMAIN_CH, "muster.ch", 36, Currency.CHF)),
                InvoiceSequence.start(DocumentSeries.INVOICE, Currency.CHF, 2026).next(), PAID);
        CreditNote note = CreditNote.refunding(invoice, List.of(), Set.of(2),
                InvoiceSequence.start(DocumentSeries.CREDIT_NOTE, Currency.CHF, 2026).next(), "Domain not needed", PAID);
        note.refundedAs("key-1", Money.of("20.00", Currency.CHF), note.payable().minus(Money.of("20.00", Currency.CHF)),
                "re_1");
        String italian = text(InvoicePdf.render(note, SUPPLIER, Locale.ITALIAN));
        assertThat(italian).contains("Nota di credito CN-CHF-2026-000001", "Rimborsa la fattura CHF-2026-000001",
                "Motivo: Domain not needed", "muster.ch", "39.00", "CHF 20.00 rimborsato",
                "accreditato sul vostro conto prepagato").doesNotContain("www.muster.ch");
    }
}
