package ch.partnerportal.billing.invoices.entity;

/** The numbered kinds of billing document; each has its own gap-free sequence per currency and year. */
public enum DocumentSeries {
    INVOICE(""),
    CREDIT_NOTE("CN-");

    private final String prefix;

    DocumentSeries(String prefix) {
        this.prefix = prefix;
    }

    /** What the number starts with: nothing for invoices, {@code CN-} for credit notes. */
    public String prefix() {
        return prefix;
    }
}
