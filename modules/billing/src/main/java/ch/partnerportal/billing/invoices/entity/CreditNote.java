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
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A credit note: refunds whole lines of one final invoice, with that invoice's VAT rate and customer
 * details, under its own number ({@code CN-CHF-2026-000001}). Each invoice line is refunded at most
 * once, and the credit notes of an invoice never add up to more than was paid: the note that
 * refunds the last lines takes exactly what remains, its rounding row absorbing the difference.
 * Where the money goes (the original method or the prepaid balance) is the payment's business.
 * Immutable once issued.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    public static final int MAX_REASON = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(name = "credit_note_number", nullable = false, length = 30, updatable = false)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(name = "invoice_number", nullable = false, length = 30, updatable = false)
    private String invoiceNumber;

    @Embedded
    private CustomerSnapshot customer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_note_line", joinColumns = @JoinColumn(name = "credit_note_id"))
    @OrderBy("lineNumber")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Embedded
    private Totals totals;

    @Column(length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    /** The idempotency key of the request that issued the note: the same request finds it again. */
    @Column(name = "request_key", length = 100, updatable = false)
    private String requestKey;

    /** What went back through the payment provider, to the card, PayPal or Twint that paid. */
    @Column(name = "to_provider", precision = 19, scale = 2, updatable = false)
    private BigDecimal toProvider;

    /** What went to the organization's prepaid balance. */
    @Column(name = "to_balance", precision = 19, scale = 2, updatable = false)
    private BigDecimal toBalance;

    @Column(name = "provider_refund_id", length = 60, updatable = false)
    private String providerRefundId;

    protected CreditNote() {
    }

    /**
     * Refunds lines of a final invoice.
     *
     * @param invoice     the paid invoice
     * @param earlier     the credit notes already issued for that invoice
     * @param lineNumbers the invoice's lines to refund
     * @param number      the next number of the credit note series in the invoice's currency and this year
     * @param reason      why: required, printed on the note
     */
    public static CreditNote refunding(Invoice invoice, Collection<CreditNote> earlier, Set<Integer> lineNumbers,
                                       DocumentNumber number, String reason, Instant now) throws Refusal {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(now, "now");
        if (!invoice.isFinal()) {
            throw new Refusal(BillingError.NOT_REFUNDABLE);
        }
        if (lineNumbers == null || lineNumbers.isEmpty()) {
            throw new Refusal(BillingError.NOTHING_SELECTED);
        }
        Currency currency = invoice.currency();
        if (number.series() != DocumentSeries.CREDIT_NOTE || number.currency() != currency
                || number.year() != InvoiceSequence.yearOf(now)) {
            throw new IllegalArgumentException("Number " + number + " is not for a " + currency + " credit note of "
                    + InvoiceSequence.yearOf(now));
        }
        Set<Integer> alreadyCredited = new HashSet<>();
        Money alreadyRefunded = Money.zero(currency);
        for (CreditNote note : earlier) {
            if (!note.invoice.id().equals(invoice.id())) {
                throw new IllegalArgumentException("Credit note " + note.number + " refunds another invoice");
            }
            alreadyCredited.addAll(note.creditedLineNumbers());
            alreadyRefunded = alreadyRefunded.plus(note.payable());
        }
        List<InvoiceLine> refunded = new ArrayList<>();
        for (int lineNumber : new TreeSet<>(lineNumbers)) {
            InvoiceLine line = invoice.line(lineNumber)
                    .orElseThrow(() -> new Refusal(BillingError.UNKNOWN_LINE, lineNumber));
            if (alreadyCredited.contains(lineNumber)) {
                throw new Refusal(BillingError.ALREADY_CREDITED, lineNumber);
            }
            refunded.add(line.numbered(lineNumber));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refusal(BillingError.REFUND_REASON_REQUIRED);
        }
        if (why.length() > MAX_REASON) {
            throw new Refusal(BillingError.FIELD_TOO_LONG, "reason", MAX_REASON);
        }

        Totals original = invoice.totals();
        Totals totals = Totals.of(currency, original.vat(), original.vatRate(),
                refunded.stream().map(InvoiceLine::net).toList());
        boolean completesTheRefund = alreadyCredited.size() + refunded.size() == invoice.lines().size();
        Money remaining = invoice.payable().minus(alreadyRefunded);
        if (completesTheRefund || totals.payable().isGreaterThan(remaining)) {
            totals = totals.payableAdjustedTo(remaining);
        }

        CreditNote note = new CreditNote();
        note.id = UUID.randomUUID().toString();
        note.organizationId = invoice.organizationId();
        note.number = number.toString();
        note.invoice = invoice;
        note.invoiceNumber = invoice.number().orElseThrow();
        note.customer = invoice.customer().copy();
        note.lines = refunded;
        note.totals = totals;
        note.reason = why;
        note.issuedAt = now;
        note.issuedOn = now.atZone(InvoiceSequence.ZONE).toLocalDate();
        return note;
    }

    /**
     * Where the refunded amount went, before the note is stored: the two parts add up to what it
     * refunds.
     */
    public void refundedAs(String requestKey, Money toProvider, Money toBalance, String providerRefundId) {
        if (!toProvider.plus(toBalance).equals(payable())) {
            throw new IllegalArgumentException(toProvider + " + " + toBalance + " is not " + payable());
        }
        this.requestKey = Objects.requireNonNull(requestKey, "requestKey");
        this.toProvider = toProvider.amount();
        this.toBalance = toBalance.amount();
        this.providerRefundId = providerRefundId;
    }

    public Money toProvider() {
        return Money.of(toProvider == null ? BigDecimal.ZERO : toProvider, totals.currency());
    }

    public Money toBalance() {
        return Money.of(toBalance == null ? BigDecimal.ZERO : toBalance, totals.currency());
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String number() {
        return number;
    }

    /** The number of the invoice refunded. */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    public String invoiceId() {
        return invoice.id();
    }

    public CustomerSnapshot customer() {
        return customer;
    }

    /** The refunded lines, with the invoice's line numbers. */
    public List<InvoiceLine> lines() {
        return List.copyOf(lines);
    }

    public Set<Integer> creditedLineNumbers() {
        Set<Integer> numbers = new TreeSet<>();
        lines.forEach(l -> numbers.add(l.lineNumber()));
        return numbers;
    }

    public Totals totals() {
        return totals;
    }

    /** What is refunded. */
    public Money payable() {
        return totals.payable();
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }
}
