package ch.partnerportal.billing.amounts.entity;

import ch.partnerportal.kernel.Money;

/**
 * One row of a document's summary, in the order it is shown.
 *
 * @param kind   what the row is
 * @param amount its amount
 */
public record TotalRow(Kind kind, Money amount) {

    public enum Kind {
        /** The sum of the lines, without VAT. */
        NET,
        /** VAT on the net total (zero, with a note, for an export of services). */
        VAT,
        /** Net plus VAT. */
        GROSS,
        /** PAY-9: the difference between the gross total and the total payable; shown only when not zero. */
        ROUNDING,
        /** What the customer pays. */
        PAYABLE
    }
}
