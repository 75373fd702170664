package ch.partnerportal.billing.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of bank notifications did: every credit in the file with its outcome, and how many
 * were already known from an earlier import (booked nothing again).
 */
public record BankImportView(int credits, int alreadyImported, List<Credit> settled) {

    /**
     * @param outcome       invoice-paid, invoice-paid-excess-to-prepaid, deposited, credited-to-prepaid or
     *                      unassigned
     * @param invoiceNumber the final invoice's number when the credit paid one
     */
    public record Credit(String bankReference, String amount, String currency, String reference, String debtor,
                         LocalDate bookedOn, String outcome, String organizationId, String invoiceNumber) {
    }
}
