package ch.partnerportal.billing.invoices.entity;

import ch.partnerportal.kernel.Currency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The next number of one series (invoices or credit notes) in one currency and one year. Numbers
 * have no gaps because a number is taken in the same transaction that issues the document: if that
 * transaction rolls back, so does the counter. The facade reads the row with a pessimistic write lock
 * so that two issues in parallel wait for each other instead of failing.
 */
@Entity
@Table(name = "invoice_sequence")
public class InvoiceSequence {

    /** The provider's time zone: it decides the year (and date) of issue. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    @Id
    @Column(length = 40)
    private String id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DocumentSeries series;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Currency currency;

    @Column(name = "sequence_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected InvoiceSequence() {
    }

    /** A new sequence, starting at 1. */
    public static InvoiceSequence start(DocumentSeries series, Currency currency, int year) {
        InvoiceSequence sequence = new InvoiceSequence();
        sequence.id = idOf(series, currency, year);
        sequence.series = series;
        sequence.currency = currency;
        sequence.year = year;
        sequence.nextValue = 1;
        return sequence;
    }

    /** The row's key, for example {@code INVOICE-CHF-2026}. */
    public static String idOf(DocumentSeries series, Currency currency, int year) {
        return Objects.requireNonNull(series) + "-" + Objects.requireNonNull(currency) + "-" + year;
    }

    /** The year of issue of a document issued at that instant, in the provider's time zone. */
    public static int yearOf(Instant instant) {
        return instant.atZone(ZONE).getYear();
    }

    /** Takes the next number. */
    public DocumentNumber next() {
        DocumentNumber number = new DocumentNumber(series, currency, year, nextValue);
        nextValue++;
        return number;
    }

    public String id() {
        return id;
    }

    /** How many numbers were taken so far. */
    public long issued() {
        return nextValue - 1;
    }
}
