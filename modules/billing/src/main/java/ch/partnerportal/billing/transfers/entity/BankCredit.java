package ch.partnerportal.billing.transfers.entity;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A credit the bank reported, kept once with what became of it. The bank's reference is unique, so
 * a file imported twice (or a credit reported by a camt.054 and again by the day's camt.053) books
 * nothing twice.
 */
@Entity
@Table(name = "bank_credit")
public class BankCredit {

    public enum Outcome {
        /** Paid the pro-forma it named, which became the final invoice (PAY-3). */
        INVOICE_PAID,
        /** Paid the pro-forma it named; what it paid too much went to the prepaid account. */
        INVOICE_PAID_EXCESS_TO_PREPAID,
        /** A deposit to the prepaid account it named (PAY-6). */
        DEPOSITED,
        /**
         * Named an invoice it could not pay (already paid, withdrawn, too little, another currency):
         * credited in full to that organization's prepaid account, so nothing is lost.
         */
        CREDITED_TO_PREPAID,
        /** Named nothing known: kept for the provider's accountants to assign by hand. */
        UNASSIGNED,
        /** Was unassigned; an accountant recognised the payer and credited that organization's prepaid account. */
        ASSIGNED_TO_PREPAID,
        /** Was unassigned; an accountant sent the money back to the payer from the bank. */
        RETURNED
    }

    /** Room for a short reason ("payer's e-mail of 3 May", "ticket 1234"), not for a letter. */
    public static final int NOTE_LENGTH = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "bank_reference", nullable = false, length = 140, updatable = false)
    private String bankReference;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    /** Kept as reported: a bank may report a currency the portal does not bill in. */
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "payment_reference", length = 35, updatable = false)
    private String paymentReference;

    @Column(length = 140, updatable = false)
    private String debtor;

    @Column(name = "booked_on", updatable = false)
    private LocalDate bookedOn;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outcome outcome;

    @Column(name = "organization_id", length = 36)
    private String organizationId;

    @Column(name = "invoice_id", length = 36)
    private String invoiceId;

    @Column(name = "resolved_by", length = 254)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution_note", length = NOTE_LENGTH)
    private String resolutionNote;

    protected BankCredit() {
    }

    public static BankCredit settled(ReportedCredit credit, Outcome outcome, String organizationId, String invoiceId,
                                     Instant now) {
        BankCredit kept = new BankCredit();
        kept.id = UUID.randomUUID().toString();
        kept.bankReference = credit.bankReference();
        kept.amount = credit.amount();
        kept.currency = credit.currency();
        kept.paymentReference = credit.paymentReference().orElse(null);
        kept.debtor = credit.debtor().orElse(null);
        kept.bookedOn = credit.bookedOn().orElse(null);
        kept.importedAt = Objects.requireNonNull(now, "now");
        kept.outcome = Objects.requireNonNull(outcome, "outcome");
        kept.organizationId = organizationId;
        kept.invoiceId = invoiceId;
        return kept;
    }

    /**
     * An accountant credited this unassigned credit to the organization's prepaid account. Only an
     * unassigned credit can be assigned: anything else already moved money.
     */
    public void assignedTo(String organizationId, String accountant, String note, Instant now) throws Refusal {
        Objects.requireNonNull(organizationId, "organizationId");
        resolve(Outcome.ASSIGNED_TO_PREPAID, accountant, note, now);
        this.organizationId = organizationId;
    }

    /** An accountant sent this unassigned credit back to the payer (from the bank, outside the portal). */
    public void returnedToPayer(String accountant, String note, Instant now) throws Refusal {
        resolve(Outcome.RETURNED, accountant, note, now);
    }

    private void resolve(Outcome resolution, String accountant, String note, Instant now) throws Refusal {
        if (outcome != Outcome.UNASSIGNED) {
            throw new Refusal(BillingError.BANK_CREDIT_ALREADY_RESOLVED, bankReference);
        }
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.length() > NOTE_LENGTH) {
            throw new Refusal(BillingError.FIELD_TOO_LONG, "note", NOTE_LENGTH);
        }
        this.outcome = resolution;
        this.resolvedBy = Objects.requireNonNull(accountant, "accountant");
        this.resolvedAt = Objects.requireNonNull(now, "now");
        this.resolutionNote = trimmed.isEmpty() ? null : trimmed;
    }

    public String id() {
        return id;
    }

    public String bankReference() {
        return bankReference;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Optional<String> paymentReference() {
        return Optional.ofNullable(paymentReference);
    }

    public Optional<String> debtor() {
        return Optional.ofNullable(debtor);
    }

    public Optional<LocalDate> bookedOn() {
        return Optional.ofNullable(bookedOn);
    }

    public Instant importedAt() {
        return importedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> invoiceId() {
        return Optional.ofNullable(invoiceId);
    }

    public Optional<String> resolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<String> resolutionNote() {
        return Optional.ofNullable(resolutionNote);
    }
}
