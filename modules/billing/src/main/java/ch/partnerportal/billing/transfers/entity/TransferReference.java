package ch.partnerportal.billing.transfers.entity;

import ch.partnerportal.kernel.Currency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment reference handed to a customer with transfer instructions: the QR reference of a CHF
 * pro-forma or deposit, or the creditor reference (ISO 11649, "RF...") of a EUR one. The bank reports
 * it back with the credit, which is how the money finds its invoice or prepaid account.
 */
@Entity
@Table(name = "transfer_reference")
public class TransferReference {

    public enum Purpose {
        /** Pays one pro-forma (PAY-3). */
        INVOICE,
        /** Credits the organization's prepaid account, as often as the customer uses it (PAY-6). */
        DEPOSIT
    }

    @Id
    @Column(length = 27)
    private String reference;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Currency currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Purpose purpose;

    @Column(name = "invoice_id", length = 36, updatable = false)
    private String invoiceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TransferReference() {
    }

    public static TransferReference forInvoice(String reference, String organizationId, Currency currency,
                                               String invoiceId, Instant now) {
        TransferReference created = create(reference, organizationId, currency, Purpose.INVOICE, now);
        created.invoiceId = Objects.requireNonNull(invoiceId, "invoiceId");
        return created;
    }

    public static TransferReference forDeposits(String reference, String organizationId, Currency currency,
                                                Instant now) {
        return create(reference, organizationId, currency, Purpose.DEPOSIT, now);
    }

    private static TransferReference create(String reference, String organizationId, Currency currency,
                                            Purpose purpose, Instant now) {
        TransferReference created = new TransferReference();
        created.reference = Objects.requireNonNull(reference, "reference");
        created.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        created.currency = Objects.requireNonNull(currency, "currency");
        created.purpose = purpose;
        created.createdAt = Objects.requireNonNull(now, "now");
        return created;
    }

    /** A reference as a bank or a person may write it: without spaces, in capitals. */
    public static String normalize(String reference) {
        return reference == null ? "" : reference.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    public String reference() {
        return reference;
    }

    public String organizationId() {
        return organizationId;
    }

    public Currency currency() {
        return currency;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Optional<String> invoiceId() {
        return Optional.ofNullable(invoiceId);
    }
}
