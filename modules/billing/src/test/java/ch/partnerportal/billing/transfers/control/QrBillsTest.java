package ch.partnerportal.billing.transfers.control;

import ch.partnerportal.billing.api.TransferView;
import ch.partnerportal.billing.catalog.entity.PartnerBenefit;
import ch.partnerportal.billing.catalog.entity.PartnerRate;
import ch.partnerportal.billing.catalog.entity.PriceQuote;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.invoices.control.InvoicePdf;
import ch.partnerportal.billing.invoices.entity.CustomerSnapshot;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.Payments;
import net.codecrete.qrbill.generator.QRBill;
import net.codecrete.qrbill.generator.ValidationResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QrBillsTest {

    static final QrBills.Payee PAYEE = new QrBills.Payee("Cloud SA", "Rue du Nuage", "1", "1204", "Genève", "CH",
            "CH9300762011623852957", "CH4431999123000889012");

    @Test
    void PAY_3_chfReferencesAreQrReferencesAndEurReferencesCreditorReferences() {
        for (int i = 0; i < 50; i++) {
            String chf = QrBills.newReference(Currency.CHF, TransferReference.Purpose.INVOICE);
            assertThat(chf).hasSize(27).startsWith("1");
            assertThat(Payments.isValidQRReference(chf)).isTrue();
            String eur = QrBills.newReference(Currency.EUR, TransferReference.Purpose.DEPOSIT);
            assertThat(eur).startsWith("RF");
            assertThat(Payments.isValidISO11649Reference(eur)).isTrue();
        }
        assertThat(QrBills.newReference(Currency.CHF, TransferReference.Purpose.INVOICE))
                .isNotEqualTo(QrBills.newReference(Currency.CHF, TransferReference.Purpose.INVOICE));
    }

    @Test
    void PAY_3_theProvidersAccountsMustBeAnIbanAndAQrIban() {
        assertThat(PAYEE.isConfigured()).isTrue();
        assertThat(PAYEE.account(Currency.CHF)).isEqualTo("CH4431999123000889012");
        assertThat(PAYEE.account(Currency.EUR)).isEqualTo("CH9300762011623852957");
        QrBills.Payee swapped = new QrBills.Payee("Cloud SA", "Rue du Nuage", "1", "1204", "Genève", "CH",
                "CH4431999123000889012", "CH9300762011623852957");
        assertThat(swapped.isConfigured()).isFalse();
        QrBills.Payee mistyped = new QrBills.Payee("Cloud SA", "Rue du Nuage", "1", "1204", "Genève", "CH",
                "CH9300762011623852958", "CH4431999123000889012");
        assertThat(mistyped.isConfigured()).isFalse();
    }

    @Test
    void PAY_3_aChfTransferProFormaCarriesAValidQrBillThatABankingAppCanRead() throws Exception {
        CustomerSnapshot customer = CustomerSnapshot.of("Muster AG", "Bahnhofstrasse 1", "8001", "Zürich", "CH", null);
        Invoice proForma = Invoice.proForma("org-1", customer, List.of(InvoiceLine.quoted(null, "muster.ch",
                        PriceQuote.calculate(ProductType.DOMAIN_CH, Currency.CHF, 24, 1, PartnerRate.NONE),
                        PartnerBenefit.CASHBACK)),
                LocalDate.of(2026, 12, 7), Instant.parse("2026-11-27T10:00:00Z"));
        String reference = QrBills.newReference(Currency.CHF, TransferReference.Purpose.INVOICE);
        Bill bill = QrBills.bill(PAYEE, proForma.payable(), reference, Optional.of(customer), "Pro-forma 1234",
                Locale.GERMAN);
        ValidationResult validation = QrBills.validate(bill);
        assertThat(validation.isValid()).as(String.valueOf(validation.getValidationMessages())).isTrue();

        TransferView transfer = new TransferView("Cloud SA", QrBills.formatAccount(PAYEE.qrIban()),
                QrBills.formatReference(reference), proForma.payable().amount().toPlainString(), "CHF");
        byte[] pdf = QrBills.withPaymentPart(InvoicePdf.render(proForma, new InvoicePdf.Supplier("Cloud SA",
                "Rue du Nuage 1, 1204 Genève", "CHE-1"), Locale.GERMAN, Optional.of(transfer)), bill);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Proforma", "Zahlteil", "Empfangsschein", "CH44 3199 9123 0008 8901 2",
                    QrBills.formatReference(reference), "Muster AG", proForma.payable().amount().toPlainString());
            Bill read = QRBill.decodeQrCodeText(qrCode(document, 1));
            assertThat(QRBill.validate(read).isValid()).isTrue();
            assertThat(read.getAccount()).isEqualTo("CH4431999123000889012");
            assertThat(read.getReference()).isEqualTo(reference);
            assertThat(read.getAmount()).isEqualByComparingTo(proForma.payable().amount());
            assertThat(read.getCurrency()).isEqualTo("CHF");
            assertThat(read.getDebtor().getName()).isEqualTo("Muster AG");
        }
    }

    @Test
    void PAY_3_aEurBillGoesToTheOrdinaryIbanWithACreditorReference() {
        String reference = QrBills.newReference(Currency.EUR, TransferReference.Purpose.INVOICE);
        Bill bill = QrBills.bill(PAYEE, Money.of("205.00", Currency.EUR), reference, Optional.empty(), "Pro-forma",
                Locale.FRENCH);
        assertThat(QrBills.validate(bill).isValid()).isTrue();
        assertThat(QRBill.decodeQrCodeText(QRBill.encodeQrCodeText(bill)).getAccount())
                .isEqualTo("CH9300762011623852957");
    }

    /**
     * Renders the page as a scanner would see it and reads its QR code. A camera reads frame after
     * frame at changing distances; ZXing's detector misses one or two codes in 400 on a whole A4 page at
     * one given resolution (aliasing of that code at that scale, measured), so the page is read at
     * 200 dpi, then 300 and 150, and the first reading counts.
     */
    static String qrCode(PDDocument document, int page) throws Exception {
        NotFoundException missed = null;
        for (int dpi : new int[] {200, 300, 150}) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi);
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                                new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (NotFoundException e) {
                missed = e;
            }
        }
        throw missed;
    }
}
