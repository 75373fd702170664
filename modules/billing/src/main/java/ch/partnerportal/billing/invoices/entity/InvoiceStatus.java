package ch.partnerportal.billing.invoices.entity;

/** Where a billing document stands. */
public enum InvoiceStatus {
    /** PAY-3: waiting for a transfer; no number, no legal value. */
    PRO_FORMA,
    /** The final invoice: numbered, paid, never changed again. */
    PAID,
    /** A pro-forma withdrawn before it was paid (the customer chose another method, for example). */
    CANCELLED
}
