package ch.partnerportal.billing.invoices.entity;

import ch.partnerportal.billing.amounts.entity.Totals;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An invoice, first possibly as a pro-forma (PAY-3). A pro-forma has no number and no legal value;
 * it becomes the final invoice, with the next number of its currency and year, once it is paid. An
 * invoice paid at once (by card, for example) is final from the start. A final invoice never changes:
 * its lines, totals and customer details are fixed when it is drawn up (the columns are not
 * updatable), and only a credit note can refund it.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status;

    @Column(name = "invoice_number", length = 30)
    private String number;

    @Embedded
    private CustomerSnapshot customer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("lineNumber")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Embedded
    private Totals totals;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When a pro-forma is due (a renewal's expiry, for example); null for an invoice paid at once. */
    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(name = "paid_at")
    private Instant paidAt;

    /** The date of issue printed on the final invoice (the payment's date, in the provider's zone). */
    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Invoice() {
    }

    /**
     * PAY-3: the pro-forma for a payment by IBAN transfer: no number, no legal value.
     *
     * @param customer the organization's billing details now; their country sets currency and VAT
     * @param lines    the products paid for, each with its period
     */
    public static Invoice proForma(String organizationId, CustomerSnapshot customer, List<InvoiceLine> lines,
                                   LocalDate dueOn, Instant now) throws Refusal {
        Invoice invoice = draft(organizationId, customer, lines, now);
        invoice.status = InvoiceStatus.PRO_FORMA;
        invoice.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        return invoice;
    }

    /** PAY-3: the final invoice of a payment that succeeded at once, numbered from the start. */
    public static Invoice issuePaid(String organizationId, CustomerSnapshot customer, List<InvoiceLine> lines,
                                    DocumentNumber number, Instant paidAt) throws Refusal {
        Invoice invoice = draft(organizationId, customer, lines, paidAt);
        invoice.status = InvoiceStatus.PRO_FORMA;
        invoice.markPaid(number, paidAt);
        return invoice;
    }

    /**
     * PAY-3: the money arrived; the pro-forma becomes the final invoice with its number. Its
     * amounts and customer details stay those the pro-forma showed: that is what the customer paid.
     *
     * @param number the next number of the invoice series in this currency and the year of payment
     */
    public void markPaid(DocumentNumber number, Instant paidAt) throws Refusal {
        if (status == InvoiceStatus.PAID) {
            throw new Refusal(BillingError.INVOICE_ALREADY_PAID);
        }
        if (status == InvoiceStatus.CANCELLED) {
            throw new Refusal(BillingError.INVOICE_CANCELLED);
        }
        Objects.requireNonNull(paidAt, "paidAt");
        if (number.series() != DocumentSeries.INVOICE || number.currency() != currency()
                || number.year() != InvoiceSequence.yearOf(paidAt)) {
            throw new IllegalArgumentException("Number " + number + " is not for a " + currency() + " invoice of "
                    + InvoiceSequence.yearOf(paidAt));
        }
        this.status = InvoiceStatus.PAID;
        this.number = number.toString();
        this.paidAt = paidAt;
        this.issuedOn = paidAt.atZone(InvoiceSequence.ZONE).toLocalDate();
    }

    /** Withdraws a pro-forma that was not paid; a final invoice is refunded by a credit note instead. */
    public void cancel(Instant now) throws Refusal {
        if (status == InvoiceStatus.PAID) {
            throw new Refusal(BillingError.INVOICE_ALREADY_PAID);
        }
        if (status == InvoiceStatus.PRO_FORMA) {
            status = InvoiceStatus.CANCELLED;
            cancelledAt = Objects.requireNonNull(now, "now");
        }
    }

    /** Another organization's invoice is not found, rather than forbidden: nothing about it leaks. */
    public void requireOwnedBy(String organizationId) throws Refusal {
        if (!this.organizationId.equals(organizationId)) {
            throw new Refusal(BillingError.INVOICE_NOT_FOUND);
        }
    }

    private static Invoice draft(String organizationId, CustomerSnapshot customer, List<InvoiceLine> lines,
                                 Instant now) throws Refusal {
        Objects.requireNonNull(customer, "customer");
        Currency currency = customer.currency();
        List<InvoiceLine> numbered = numberedLines(lines, currency);
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID().toString();
        invoice.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        invoice.customer = customer.copy();
        invoice.lines = numbered;
        invoice.totals = Totals.of(currency, customer.vat(), numbered.stream().map(InvoiceLine::net).toList());
        invoice.createdAt = Objects.requireNonNull(now, "now");
        return invoice;
    }

    static List<InvoiceLine> numberedLines(List<InvoiceLine> lines, Currency currency) throws Refusal {
        if (lines == null || lines.isEmpty()) {
            throw new Refusal(BillingError.NOTHING_SELECTED);
        }
        List<InvoiceLine> numbered = new ArrayList<>();
        for (InvoiceLine line : lines) {
            if (line.currency() != currency) {
                throw new Refusal(BillingError.CURRENCY_MISMATCH, line.currency().code(), currency.code());
            }
            numbered.add(line.numbered(numbered.size() + 1));
        }
        return numbered;
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public InvoiceStatus status() {
        return status;
    }

    /** Only a paid, final invoice is a legal document (PAY-3). */
    public boolean isFinal() {
        return status == InvoiceStatus.PAID;
    }

    /** Empty for a pro-forma (PAY-3). */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    public CustomerSnapshot customer() {
        return customer;
    }

    public List<InvoiceLine> lines() {
        return List.copyOf(lines);
    }

    public Optional<InvoiceLine> line(int lineNumber) {
        return lines.stream().filter(l -> l.lineNumber() == lineNumber).findFirst();
    }

    public Totals totals() {
        return totals;
    }

    public Currency currency() {
        return totals.currency();
    }

    /** PAY-9: what the customer pays, rounded to the currency's payable step. */
    public Money payable() {
        return totals.payable();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    public Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }
}
