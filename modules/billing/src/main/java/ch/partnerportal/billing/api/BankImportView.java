package ch.partnerportal.billing.api;

import net.codecrete.qrbill.generator.Payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import of bank notifications did: every credit in the file with its outcome, and how many
 * were already known from an earlier import (booked nothing again).
 */
public record BankImportView(int credits, int alreadyImported, List<Credit> settled) {

    /**
     * @param id            the portal's id of the credit, for assigning or returning it by hand
     * @param outcome       invoice-paid, invoice-paid-excess-to-prepaid, deposited, credited-to-prepaid,
     *                      unassigned, or (resolved by hand) assigned-to-prepaid or returned
     * @param invoiceNumber the final invoice's number when the credit paid one
     * @param organizationName the organization's name, for a credit assigned by hand
     * @param resolvedBy    for a credit resolved by hand: the accountant's login, when and why
     */
    public record Credit(String id, String bankReference, String amount, String currency, String reference,
                         String debtor, LocalDate bookedOn, String outcome, String organizationId,
                         String organizationName, String invoiceNumber, String resolvedBy, Instant resolvedAt,
                         String note) {

        /**
         * The payment reference as people read it: a QR reference in groups of five digits (counted from
         * the right, as printed on the QR-bill), a creditor reference in groups of four, anything else
         * as the bank reported it.
         */
        public String shownReference() {
            if (reference == null) {
                return null;
            }
            String compact = reference.replace(" ", "");
            if (Payments.isValidQRReference(compact)) {
                return Payments.formatQRReferenceNumber(compact);
            }
            if (Payments.isValidISO11649Reference(compact)) {
                return Payments.formatIBAN(compact);
            }
            return reference;
        }
    }
}
