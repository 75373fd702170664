package ch.partnerportal.billing.invoices.entity;

import ch.partnerportal.kernel.Currency;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal number of an invoice ({@code CHF-2026-000001}) or a credit note
 * ({@code CN-CHF-2026-000001}): series, currency, year and a sequence without gaps. Six digits at
 * least; more when a year needs them.
 *
 * @param series   invoice or credit note
 * @param currency the document's currency
 * @param year     the year of issue, in the provider's time zone
 * @param sequence 1, 2, 3... within series, currency and year
 */
public record DocumentNumber(DocumentSeries series, Currency currency, int year, long sequence) {

    private static final Pattern TEXT = Pattern.compile("^(CN-)?(CHF|EUR)-([0-9]{4})-([0-9]{6,18})$");

    public DocumentNumber {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(currency, "currency");
        if (year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("Not a document number: " + year + "/" + sequence);
        }
    }

    /** Reads a number as printed; empty if the text is not one. */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        DocumentSeries series = matcher.group(1) == null ? DocumentSeries.INVOICE : DocumentSeries.CREDIT_NOTE;
        int year = Integer.parseInt(matcher.group(3));
        long sequence = Long.parseLong(matcher.group(4));
        if (year < 2000 || sequence < 1) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(series, Currency.valueOf(matcher.group(2)), year, sequence));
    }

    @Override
    public String toString() {
        return String.format("%s%s-%04d-%06d", series.prefix(), currency.code(), year, sequence);
    }
}
