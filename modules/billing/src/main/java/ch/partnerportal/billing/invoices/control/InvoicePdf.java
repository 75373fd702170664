package ch.partnerportal.billing.invoices.control;

import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.billing.amounts.entity.TotalRow;
import ch.partnerportal.billing.api.TransferView;
import ch.partnerportal.billing.amounts.entity.Totals;
import ch.partnerportal.billing.invoices.entity.CreditNote;
import ch.partnerportal.billing.invoices.entity.CustomerSnapshot;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The printable invoice and credit note (PAY-7): supplier, customer as at issue time, lines with their periods,
 * totals with VAT and the payable rounding, in the reader's language. A pro-forma says in its title
 * that it has no legal value (PAY-3).
 */
public final class InvoicePdf {

    /** Who issues the invoices: the provider's name, address lines and VAT number. */
    public record Supplier(String name, String address, String vatNumber) {
    }

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private InvoicePdf() {
    }

    public static byte[] render(Invoice invoice, Supplier supplier, Locale locale) {
        return render(invoice, supplier, locale, Optional.empty());
    }

    /** @param transfer how to pay a pro-forma by IBAN transfer (PAY-3), printed below the totals */
    public static byte[] render(Invoice invoice, Supplier supplier, Locale locale, Optional<TransferView> transfer) {
        ResourceBundle texts = texts(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String title = invoice.isFinal() ? text(texts, "invoice", locale) : text(texts, "proForma", locale);
        return write(document -> {
            head(document, supplier, invoice.customer(), texts, locale);
            document.add(new Paragraph(title + invoice.number().map(n -> " " + n).orElse(""), TITLE));
            invoice.issuedOn().ifPresent(day -> add(document, text(texts, "issuedOn", locale, dates.format(day))));
            invoice.dueOn().filter(day -> !invoice.isFinal())
                    .ifPresent(day -> add(document, text(texts, "dueOn", locale, dates.format(day))));
            if (invoice.isFinal()) {
                add(document, text(texts, "paid", locale));
            }
            document.add(new Paragraph(" "));
            body(document, invoice.lines(), invoice.totals(), texts, locale);
            if (transfer.isPresent() && !invoice.isFinal()) {
                document.add(new Paragraph(" "));
                add(document, text(texts, "transfer", locale, transfer.get().currency() + " "
                        + transfer.get().amount(), transfer.get().payee()));
                add(document, text(texts, "transfer.account", locale, transfer.get().account()));
                add(document, text(texts, "transfer.reference", locale, transfer.get().reference()));
            }
        });
    }

    /** A credit note: the invoice it refunds, the refunded lines and totals, and where the money went. */
    public static byte[] render(CreditNote note, Supplier supplier, Locale locale) {
        ResourceBundle texts = texts(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return write(document -> {
            head(document, supplier, note.customer(), texts, locale);
            document.add(new Paragraph(text(texts, "creditNote", locale) + " " + note.number(), TITLE));
            add(document, text(texts, "issuedOn", locale, dates.format(note.issuedOn())));
            add(document, text(texts, "creditNote.invoice", locale, note.invoiceNumber()));
            note.reason().ifPresent(reason -> add(document, text(texts, "creditNote.reason", locale, reason)));
            document.add(new Paragraph(" "));
            body(document, note.lines(), note.totals(), texts, locale);
            document.add(new Paragraph(" "));
            String currency = note.totals().currency().code();
            if (note.toProvider().isPositive()) {
                add(document, text(texts, "creditNote.toProvider", locale,
                        currency + " " + note.toProvider().amount().toPlainString()));
            }
            if (note.toBalance().isPositive()) {
                add(document, text(texts, "creditNote.toBalance", locale,
                        currency + " " + note.toBalance().amount().toPlainString()));
            }
        });
    }

    private interface Content {
        void write(Document document) throws DocumentException;
    }

    private static byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            content.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("ch.partnerportal.billing.documents", locale,
                InvoicePdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void head(Document document, Supplier supplier, CustomerSnapshot customer, ResourceBundle texts,
                             Locale locale) {
        document.add(new Paragraph(supplier.name(), BOLD));
        document.add(new Paragraph(supplier.address(), NORMAL));
        document.add(new Paragraph(text(texts, "vatNumber", locale) + " " + supplier.vatNumber(), NORMAL));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(customer.name(), BOLD));
        customer.street().ifPresent(street -> add(document, street));
        add(document, (customer.postalCode().orElse("") + " " + customer.city().orElse("")).strip());
        add(document, customer.country());
        customer.vatNumber().ifPresent(vat -> add(document, text(texts, "vatNumber", locale) + " " + vat));
        document.add(new Paragraph(" "));
    }

    private static void body(Document document, List<InvoiceLine> invoiceLines, Totals invoiceTotals,
                             ResourceBundle texts, Locale locale) {
        PdfPTable lines = new PdfPTable(new float[] {5, 2, 2, 2});
        lines.setWidthPercentage(100);
        header(lines, text(texts, "description", locale), text(texts, "period", locale),
                text(texts, "listPrice", locale), text(texts, "amount", locale) + " " + invoiceTotals.currency().code());
        for (InvoiceLine line : invoiceLines) {
            cell(lines, line.description() + " (" + text(texts, "type." + line.productType().name(), locale) + ")",
                    Element.ALIGN_LEFT);
            cell(lines, SpokenPeriod.of(line.months()).in(locale), Element.ALIGN_LEFT);
            cell(lines, line.listPrice().amount().toPlainString(), Element.ALIGN_RIGHT);
            cell(lines, line.net().amount().toPlainString(), Element.ALIGN_RIGHT);
        }
        document.add(lines);
        document.add(new Paragraph(" "));

        PdfPTable totals = new PdfPTable(new float[] {9, 2});
        totals.setWidthPercentage(100);
        for (TotalRow row : invoiceTotals.rows()) {
            String label = row.kind() == TotalRow.Kind.VAT
                    ? text(texts, "total.VAT", locale, invoiceTotals.vatRate().stripTrailingZeros().toPlainString())
                    : text(texts, "total." + row.kind().name(), locale);
            cell(totals, label, Element.ALIGN_LEFT);
            cell(totals, row.amount().amount().toPlainString(), Element.ALIGN_RIGHT);
        }
        document.add(totals);
        if (invoiceTotals.vatRate().signum() == 0) {
            document.add(new Paragraph(text(texts, "reverseCharge", locale), NORMAL));
        }
    }

    private static void add(Document document, String text) {
        if (!text.isBlank()) {
            document.add(new Paragraph(text, NORMAL));
        }
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(title, BOLD));
            cell.setBorderWidth(0);
            cell.setBorderWidthBottom(1);
            table.addCell(cell);
        }
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, NORMAL));
        cell.setBorderWidth(0);
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }

    private static String text(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
