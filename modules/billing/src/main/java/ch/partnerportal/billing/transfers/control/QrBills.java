package ch.partnerportal.billing.transfers.control;

import ch.partnerportal.billing.invoices.entity.CustomerSnapshot;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import net.codecrete.qrbill.canvas.PDFCanvas;
import net.codecrete.qrbill.generator.Address;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.BillFormat;
import net.codecrete.qrbill.generator.GraphicsFormat;
import net.codecrete.qrbill.generator.Language;
import net.codecrete.qrbill.generator.OutputSize;
import net.codecrete.qrbill.generator.Payments;
import net.codecrete.qrbill.generator.QRBill;
import net.codecrete.qrbill.generator.SeparatorType;
import net.codecrete.qrbill.generator.ValidationResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Swiss QR-bills (the payment part of a transfer pro-forma) and the references they carry, made and
 * checked with the qrbill-generator library: CHF to the provider's QR-IBAN with a QR reference (the
 * only reference a QR-IBAN accepts), EUR to its ordinary IBAN with an ISO 11649 creditor reference,
 * which banks outside Switzerland understand too.
 */
public final class QrBills {

    /** The provider as the payee of transfers: a structured address, as QR-bills require since 2025. */
    public record Payee(String name, String street, String houseNumber, String postalCode, String town,
                        String country, String iban, String qrIban) {

        /** The account a transfer in that currency goes to. */
        public String account(Currency currency) {
            return currency == Currency.CHF ? qrIban : iban;
        }

        /** Whether both accounts are valid and the QR-IBAN really is one: otherwise transfers are not offered. */
        public boolean isConfigured() {
            return iban != null && qrIban != null && Payments.isValidIBAN(iban) && !Payments.isQRIBAN(iban)
                    && Payments.isValidIBAN(qrIban) && Payments.isQRIBAN(qrIban);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private QrBills() {
    }

    /**
     * A new reference: for CHF a 27-digit QR reference (26 digits and the modulo-10 check digit), for
     * EUR a creditor reference "RF" with its two check digits. Uniqueness is the caller's to verify.
     */
    public static String newReference(Currency currency, TransferReference.Purpose purpose) {
        // the first digit says what the reference pays; the rest is random
        StringBuilder digits = new StringBuilder().append(purpose == TransferReference.Purpose.INVOICE ? '1' : '2');
        int length = currency == Currency.CHF ? 26 : 20;
        while (digits.length() < length) {
            digits.append(RANDOM.nextInt(10));
        }
        return currency == Currency.CHF ? Payments.createQRReference(digits.toString())
                : Payments.createISO11649Reference(digits.toString());
    }

    /** A reference in the groups people read and type. */
    public static String formatReference(String reference) {
        return reference.startsWith("RF") ? Payments.formatIBAN(reference)
                : Payments.formatQRReferenceNumber(reference);
    }

    /** An IBAN with a valid check (any country), compact. */
    public static boolean isValidAccount(String iban) {
        return iban != null && Payments.isValidIBAN(iban);
    }

    public static String formatAccount(String iban) {
        return Payments.formatIBAN(iban);
    }

    /**
     * The bill for a transfer.
     *
     * @param debtor the customer, printed as "payable by" when their address is complete enough
     */
    public static Bill bill(Payee payee, Money amount, String reference, Optional<CustomerSnapshot> debtor,
                            String message, Locale language) {
        Bill bill = new Bill();
        bill.setAccount(payee.account(amount.currency()));
        bill.setAmount(amount.amount());
        bill.setCurrency(amount.currency().code());
        Address creditor = new Address();
        creditor.setName(payee.name());
        creditor.setStreet(payee.street());
        creditor.setHouseNo(payee.houseNumber());
        creditor.setPostalCode(payee.postalCode());
        creditor.setTown(payee.town());
        creditor.setCountryCode(payee.country());
        bill.setCreditor(creditor);
        bill.setReference(reference);
        bill.setUnstructuredMessage(message);
        debtor.flatMap(QrBills::address).ifPresent(bill::setDebtor);
        BillFormat format = bill.getFormat();
        format.setLanguage(language(language));
        format.setOutputSize(OutputSize.QR_BILL_ONLY);
        format.setGraphicsFormat(GraphicsFormat.PDF);
        format.setSeparatorType(SeparatorType.DASHED_LINE_WITH_SCISSORS);
        return bill;
    }

    public static ValidationResult validate(Bill bill) {
        return QRBill.validate(bill);
    }

    /**
     * Adds the payment part at the foot of a new last page of the document, where a payer's banking
     * app and a post office counter expect it.
     *
     * @throws IllegalArgumentException if the bill is not valid (a configuration error: see {@link Payee})
     */
    public static byte[] withPaymentPart(byte[] pdf, Bill bill) {
        try (PDFCanvas canvas = new PDFCanvas(pdf, PDFCanvas.NEW_PAGE_AT_END)) {
            QRBill.draw(bill, canvas);
            return canvas.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The QR-bill could not be added to the PDF", e);
        }
    }

    /** The payment part alone on an A4 page: a deposit slip. */
    public static byte[] paymentSlip(Bill bill) {
        bill.getFormat().setOutputSize(OutputSize.A4_PORTRAIT_SHEET);
        return QRBill.generate(bill);
    }

    private static Optional<Address> address(CustomerSnapshot customer) {
        if (customer.postalCode().isEmpty() || customer.city().isEmpty()) {
            return Optional.empty();
        }
        Address address = new Address();
        address.setName(customer.name());
        customer.street().ifPresent(address::setStreet);
        address.setPostalCode(customer.postalCode().get());
        address.setTown(customer.city().get());
        address.setCountryCode(customer.country());
        return Optional.of(address);
    }

    private static Language language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "de" -> Language.DE;
            case "fr" -> Language.FR;
            case "it" -> Language.IT;
            default -> Language.EN;
        };
    }
}
