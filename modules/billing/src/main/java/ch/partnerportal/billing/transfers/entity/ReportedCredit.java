package ch.partnerportal.billing.transfers.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One incoming payment as the bank reported it, before the portal decided anything about it.
 *
 * @param bankReference    the bank's unique reference for this credit (see the notification reader)
 * @param amount           positive, two decimals at most
 * @param currency         ISO 4217 code as reported
 * @param paymentReference the QR or creditor reference the payer quoted, normalized, if any
 */
public record ReportedCredit(String bankReference, BigDecimal amount, String currency,
                             Optional<String> paymentReference, Optional<String> debtor,
                             Optional<LocalDate> bookedOn) {

    public ReportedCredit {
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(paymentReference, "paymentReference");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(bookedOn, "bookedOn");
    }
}
