package ch.partnerportal.billing;

import ch.partnerportal.billing.amounts.entity.Totals;
import ch.partnerportal.billing.amounts.entity.Vat;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.catalog.entity.PartnerBenefit;
import ch.partnerportal.billing.catalog.entity.PartnerRate;
import ch.partnerportal.billing.catalog.entity.PriceQuote;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.invoices.entity.CreditNote;
import ch.partnerportal.billing.invoices.entity.CustomerSnapshot;
import ch.partnerportal.billing.invoices.entity.DocumentNumber;
import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import ch.partnerportal.billing.invoices.entity.InvoiceSequence;
import ch.partnerportal.billing.invoices.entity.InvoiceStatus;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static ch.partnerportal.billing.Refusals.refused;
import static ch.partnerportal.kernel.Currency.CHF;
import static ch.partnerportal.kernel.Currency.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceRulesTest {

    /** Periods are counted in months. */
    private static final int YEAR = 12;

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private CustomerSnapshot swiss;
    private CustomerSnapshot german;
    private InvoiceSequence invoices;
    private InvoiceSequence creditNotes;

    @BeforeEach
    void setUp() throws Refusal {
        swiss = CustomerSnapshot.of("Muster AG", "Bahnhofstrasse 1", "8001", "Zürich", "ch", "CHE-123.456.789 MWST");
        german = CustomerSnapshot.of("Beispiel GmbH", "Hauptstraße 5", "10115", "Berlin", "DE", "DE123456789");
        invoices = InvoiceSequence.start(DocumentSeries.INVOICE, CHF, 2026);
        creditNotes = InvoiceSequence.start(DocumentSeries.CREDIT_NOTE, CHF, 2026);
    }

    private static Money chf(String amount) {
        return Money.of(amount, CHF);
    }

    private static InvoiceLine line(ProductType type, String description, int months, Currency currency)
            throws Refusal {
        PriceQuote quote = PriceQuote.calculate(type, currency, months, 1, PartnerRate.NONE);
        return InvoiceLine.quoted(null, description, quote, PartnerBenefit.CASHBACK);
    }

    /** PAY-3 and PAY-8: a selection of three renewals, the domain for five years. */
    private List<InvoiceLine> selection() throws Refusal {
        return List.of(line(ProductType.DOMAIN_CH, "muster.ch", 5 * YEAR, CHF),
                line(ProductType.MAIL_SERVICE, "Mail muster.ch", YEAR, CHF),
                line(ProductType.KCHAT, "kChat Muster", YEAR, CHF));
    }

    @Test
    void PAY_3_aProFormaHasNoNumberAndNoLegalValue() throws Refusal {
        Invoice proForma = Invoice.proForma("org-1", swiss, selection(), DUE, NOW);
        assertThat(proForma.status()).isEqualTo(InvoiceStatus.PRO_FORMA);
        assertThat(proForma.number()).isEmpty();
        assertThat(proForma.isFinal()).isFalse();
        assertThat(proForma.issuedOn()).isEmpty();
        assertThat(proForma.dueOn()).contains(DUE);
        assertThat(invoices.issued()).isZero();
    }

    @Test
    void PAY_3_aProFormaBecomesTheFinalInvoiceWithANumberOnlyWhenPaid() throws Refusal {
        Invoice invoice = Invoice.proForma("org-1", swiss, selection(), DUE, NOW);
        Money payable = invoice.payable();
        Instant paidAt = NOW.plusSeconds(3 * 86_400);
        invoice.markPaid(invoices.next(), paidAt);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.isFinal()).isTrue();
        assertThat(invoice.number()).contains("CHF-2026-000001");
        assertThat(invoice.paidAt()).contains(paidAt);
        assertThat(invoice.issuedOn()).contains(LocalDate.of(2026, 11, 30));
        assertThat(invoice.payable()).isEqualTo(payable);

        refused(BillingError.INVOICE_ALREADY_PAID, () -> invoice.markPaid(invoices.next(), paidAt));
        refused(BillingError.INVOICE_ALREADY_PAID, () -> invoice.cancel(paidAt));
        assertThat(invoice.number()).contains("CHF-2026-000001");
    }

    @Test
    void PAY_3_aCancelledProFormaCanNoLongerBePaid() throws Refusal {
        Invoice proForma = Invoice.proForma("org-1", swiss, selection(), DUE, NOW);
        proForma.cancel(NOW);
        assertThat(proForma.status()).isEqualTo(InvoiceStatus.CANCELLED);
        refused(BillingError.INVOICE_CANCELLED, () -> proForma.markPaid(invoices.next(), NOW));
        assertThat(proForma.number()).isEmpty();
    }

    @Test
    void PAY_3_aSelectionOfProductsIsPaidWithOneInvoiceEachWithItsOwnPeriod() throws Refusal {
        Invoice invoice = Invoice.issuePaid("org-1", swiss, selection(), invoices.next(), NOW);
        assertThat(invoice.isFinal()).isTrue();
        assertThat(invoice.lines()).extracting(InvoiceLine::lineNumber).containsExactly(1, 2, 3);
        assertThat(invoice.lines()).extracting(InvoiceLine::months).containsExactly(5 * YEAR, YEAR, YEAR);
        // 65.00 + 28.80 + 48.00 = 141.80; VAT 11.4858 -> 11.49; gross 153.29; payable 153.30
        Totals totals = invoice.totals();
        assertThat(totals.net()).isEqualTo(chf("141.80"));
        assertThat(totals.vatAmount()).isEqualTo(chf("11.49"));
        assertThat(totals.gross()).isEqualTo(chf("153.29"));
        assertThat(totals.rounding()).isEqualTo(chf("0.01"));
        assertThat(invoice.payable()).isEqualTo(chf("153.30"));
        refused(BillingError.NOTHING_SELECTED, () -> Invoice.issuePaid("org-1", swiss, List.of(), invoices.next(), NOW));
    }

    @Test
    void PAY_8_aLineIsRefusedForAPeriodItsTypeDoesNotAllow() {
        refused(BillingError.PERIOD_NOT_ALLOWED, () -> InvoiceLine.of(null, ProductType.DOMAIN_COM, "muster.com", 2 * YEAR,
                chf("32.00"), chf("32.00")));
        refused(BillingError.PERIOD_NOT_ALLOWED, () -> InvoiceLine.of(null, ProductType.DOMAIN_CH, "muster.ch", 6,
                chf("6.50"), chf("6.50")));
        assertThatThrownBy(() -> InvoiceLine.of(null, ProductType.KDRIVE, "kDrive", YEAR, chf("199"), chf("200")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvoiceLine.of(null, ProductType.KDRIVE, " ", YEAR, chf("199"), chf("199")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void PAY_9_theCustomersCountrySetsCurrencyAndVatOfTheInvoice() throws Refusal {
        Invoice abroad = Invoice.proForma("org-2", german, List.of(line(ProductType.KDRIVE, "kDrive", YEAR, EUR)), DUE,
                NOW);
        assertThat(abroad.currency()).isEqualTo(EUR);
        assertThat(abroad.totals().vat()).isEqualTo(Vat.EXPORT_OF_SERVICES);
        assertThat(abroad.payable()).isEqualTo(Money.of("205.00", EUR));

        refused(BillingError.CURRENCY_MISMATCH, () -> Invoice.proForma("org-2", german,
                List.of(line(ProductType.KDRIVE, "kDrive", YEAR, CHF)), DUE, NOW));
        Invoice paidAbroad = Invoice.proForma("org-2", german, List.of(line(ProductType.KDRIVE, "kDrive", YEAR, EUR)),
                DUE, NOW);
        assertThatThrownBy(() -> paidAbroad.markPaid(invoices.next(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(paidAbroad.number()).isEmpty();
    }

    @Test
    void anIssuedInvoiceKeepsTheCustomersDetailsAsTheyWereAtIssue() throws Refusal {
        Invoice invoice = Invoice.issuePaid("org-1", swiss, selection(), invoices.next(), NOW);
        CustomerSnapshot moved = CustomerSnapshot.of("Muster AG", "Seestrasse 9", "6003", "Luzern", "CH", null);
        Invoice later = Invoice.issuePaid("org-1", moved, selection(), invoices.next(), NOW);

        assertThat(invoice.customer().street()).contains("Bahnhofstrasse 1");
        assertThat(invoice.customer().city()).contains("Zürich");
        assertThat(invoice.customer().vatNumber()).contains("CHE-123.456.789 MWST");
        assertThat(invoice.customer().country()).isEqualTo("CH");
        assertThat(later.customer().city()).contains("Luzern");
        assertThat(invoice.customer()).isNotSameAs(swiss);
        assertThatThrownBy(() -> invoice.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anIssuedInvoiceCannotBeChangedThroughThePersistenceMappingEither() {
        Set<String> changeable = Set.of("status", "number", "paidAt", "issuedOn", "cancelledAt", "version",
                "lines");
        for (Field field : Invoice.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || changeable.contains(field.getName())
                    || field.isAnnotationPresent(Id.class)) {
                continue;
            }
            if (field.isAnnotationPresent(Embedded.class)) {
                assertAllColumnsFixed(field.getType());
            } else {
                assertThat(field.getAnnotation(Column.class).updatable()).as(field.getName()).isFalse();
            }
        }
        assertAllColumnsFixed(InvoiceLine.class);
        assertAllColumnsFixed(CreditNote.class);
        assertThat(Invoice.class.getDeclaredFields()).anySatisfy(f -> assertThat(f.isAnnotationPresent(Version.class)).isTrue());
    }

    private static void assertAllColumnsFixed(Class<?> type) {
        for (Field field : type.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null && !field.isAnnotationPresent(Id.class)) {
                assertThat(column.updatable()).as(type.getSimpleName() + "." + field.getName()).isFalse();
            }
            if (field.isAnnotationPresent(Embedded.class)) {
                assertAllColumnsFixed(field.getType());
            }
        }
    }

    @Test
    void anotherOrganizationsInvoiceIsNotFound() throws Refusal {
        Invoice invoice = Invoice.proForma("org-1", swiss, selection(), DUE, NOW);
        invoice.requireOwnedBy("org-1");
        refused(BillingError.INVOICE_NOT_FOUND, () -> invoice.requireOwnedBy("org-2"));
    }

    @Test
    void invoiceNumbersRunWithoutGapsPerCurrencyAndYear() {
        InvoiceSequence euros = InvoiceSequence.start(DocumentSeries.INVOICE, EUR, 2026);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            numbers.add(invoices.next().toString());
        }
        assertThat(numbers.get(0)).isEqualTo("CHF-2026-000001");
        assertThat(numbers.get(1199)).isEqualTo("CHF-2026-001200");
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(DocumentNumber.parse(numbers.get(i)).orElseThrow().sequence()).isEqualTo(i + 1);
        }
        assertThat(invoices.issued()).isEqualTo(1200);
        assertThat(euros.next().toString()).isEqualTo("EUR-2026-000001");
        assertThat(creditNotes.next().toString()).isEqualTo("CN-CHF-2026-000001");
        assertThat(InvoiceSequence.idOf(DocumentSeries.INVOICE, CHF, 2026)).isEqualTo(invoices.id());
    }

    @Test
    void theYearOfIssueIsTheProvidersYearInZurich() throws Refusal {
        Instant newYearsEveUtc = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(InvoiceSequence.yearOf(newYearsEveUtc)).isEqualTo(2027);
        assertThat(InvoiceSequence.yearOf(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(2026);
        Invoice proForma = Invoice.proForma("org-1", swiss, selection(), DUE, NOW);
        assertThatThrownBy(() -> proForma.markPaid(invoices.next(), newYearsEveUtc))
                .isInstanceOf(IllegalArgumentException.class);
        proForma.markPaid(InvoiceSequence.start(DocumentSeries.INVOICE, CHF, 2027).next(), newYearsEveUtc);
        assertThat(proForma.number()).contains("CHF-2027-000001");
        assertThat(proForma.issuedOn()).contains(LocalDate.of(2027, 1, 1));
    }

    @Test
    void documentNumbersAreReadBackOrNotAtAll() {
        DocumentNumber number = new DocumentNumber(DocumentSeries.CREDIT_NOTE, EUR, 2026, 1_234_567);
        assertThat(number.toString()).isEqualTo("CN-EUR-2026-1234567");
        assertThat(DocumentNumber.parse(" CN-EUR-2026-1234567 ")).contains(number);
        for (String wrong : new String[] {null, "", "CHF-2026-1", "USD-2026-000001", "CHF-26-000001",
                "CHF-2026-000000", "XX-CHF-2026-000001", "chf-2026-000001"}) {
            assertThat(DocumentNumber.parse(wrong)).as(String.valueOf(wrong)).isEmpty();
        }
    }

    @Test
    void theCustomersBillingNameAndCountryAreRequired() {
        refused(BillingError.CUSTOMER_DETAILS_INCOMPLETE, () -> CustomerSnapshot.of(" ", null, null, null, "CH", null));
        refused(BillingError.CUSTOMER_DETAILS_INCOMPLETE, () -> CustomerSnapshot.of("A", null, null, null, null, null));
        refused(BillingError.INVALID_COUNTRY, () -> CustomerSnapshot.of("A", null, null, null, "XX", null));
        refused(BillingError.FIELD_TOO_LONG, () -> CustomerSnapshot.of("A".repeat(101), null, null, null, "CH", null));
    }

    @Test
    void aCreditNoteRefundsLinesOfAPaidInvoiceWithItsOwnNumberAndTheInvoicesVatRate() throws Refusal {
        Invoice invoice = Invoice.issuePaid("org-1", swiss, selection(), invoices.next(), NOW);
        CreditNote note = CreditNote.refunding(invoice, List.of(), Set.of(2), creditNotes.next(), "Mail cancelled",
                NOW);
        assertThat(note.number()).isEqualTo("CN-CHF-2026-000001");
        assertThat(note.invoiceNumber()).isEqualTo("CHF-2026-000001");
        assertThat(note.invoiceId()).isEqualTo(invoice.id());
        assertThat(note.creditedLineNumbers()).containsExactly(2);
        assertThat(note.lines()).singleElement().satisfies(l -> assertThat(l.description()).isEqualTo("Mail muster.ch"));
        assertThat(note.totals().vatRate()).isEqualByComparingTo(invoice.totals().vatRate());
        // 28.80 + VAT 2.33 = 31.13 -> 31.15
        assertThat(note.payable()).isEqualTo(chf("31.15"));
        assertThat(note.customer().name()).isEqualTo("Muster AG");
        assertThat(note.reason()).contains("Mail cancelled");

        refused(BillingError.ALREADY_CREDITED,
                () -> CreditNote.refunding(invoice, List.of(note), Set.of(1, 2), creditNotes.next(), null, NOW));
        refused(BillingError.UNKNOWN_LINE,
                () -> CreditNote.refunding(invoice, List.of(note), Set.of(4), creditNotes.next(), null, NOW));
        refused(BillingError.NOTHING_SELECTED,
                () -> CreditNote.refunding(invoice, List.of(note), Set.of(), creditNotes.next(), null, NOW));
        Invoice proForma = Invoice.proForma("org-1", swiss, selection(), DUE, NOW);
        refused(BillingError.NOT_REFUNDABLE,
                () -> CreditNote.refunding(proForma, List.of(), Set.of(1), creditNotes.next(), null, NOW));
        assertThatThrownBy(() -> CreditNote.refunding(invoice, List.of(), Set.of(1), invoices.next(), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void PAY_7_aRefundSaysWhyItIsMade() throws Refusal {
        Invoice invoice = Invoice.issuePaid("org-1", swiss, selection(), invoices.next(), NOW);
        for (String reason : new String[] {null, "", "   "}) {
            refused(BillingError.REFUND_REASON_REQUIRED,
                    () -> CreditNote.refunding(invoice, List.of(), Set.of(1), creditNotes.next(), reason, NOW));
        }
        assertThat(CreditNote.refunding(invoice, List.of(), Set.of(1), creditNotes.next(), "  Moved away ", NOW)
                .reason()).contains("Moved away");
    }

    @Test
    void theCreditNotesOfAnInvoiceNeverAddUpToMoreThanWasPaid() throws Refusal {
        Random random = new Random(3);
        ProductType[] types = ProductType.values();
        for (int round = 0; round < 500; round++) {
            List<InvoiceLine> lines = new ArrayList<>();
            int count = random.nextInt(1, 9);
            for (int i = 0; i < count; i++) {
                ProductType type = types[random.nextInt(types.length)];
                int months = type.allowedPeriods().get(random.nextInt(type.allowedPeriods().size()));
                PriceQuote quote = PriceQuote.calculate(type, CHF, months, random.nextInt(50),
                        PartnerRate.of(BigDecimal.valueOf(random.nextInt(3501), 2)));
                PartnerBenefit benefit = random.nextBoolean() ? PartnerBenefit.CASHBACK : PartnerBenefit.DIRECT_DISCOUNT;
                lines.add(InvoiceLine.quoted(null, type.slug() + " " + i, quote, benefit));
            }
            Invoice invoice = Invoice.issuePaid("org", swiss, lines, invoices.next(), NOW);
            List<CreditNote> notes = new ArrayList<>();
            List<Integer> open = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                open.add(i);
            }
            while (!open.isEmpty()) {
                Set<Integer> chosen = new HashSet<>();
                for (int n = random.nextInt(1, open.size() + 1); n > 0; n--) {
                    chosen.add(open.remove(random.nextInt(open.size())));
                }
                Money before = Money.sum(CHF, notes.stream().map(CreditNote::payable).toList());
                CreditNote note = CreditNote.refunding(invoice, notes, chosen, creditNotes.next(), "Cancelled", NOW);
                assertThat(note.payable().isNegative()).isFalse();
                assertThat(note.payable().isPayable()).isTrue();
                assertThat(before.plus(note.payable()).compareTo(invoice.payable())).isLessThanOrEqualTo(0);
                notes.add(note);
            }
            assertThat(Money.sum(CHF, notes.stream().map(CreditNote::payable).toList())).isEqualTo(invoice.payable());
        }
    }
}
