package ch.partnerportal.billing.invoices.entity;

import ch.partnerportal.billing.catalog.entity.PartnerBenefit;
import ch.partnerportal.billing.catalog.entity.PriceQuote;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an invoice or credit note: a product, the period it is paid for (PAY-8), its list
 * price and the net amount charged (without VAT). Line numbers start at 1 in each invoice; a credit
 * note's lines keep the numbers of the invoice lines they refund.
 */
@Embeddable
public class InvoiceLine {

    public static final int MAX_DESCRIPTION = 200;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Column(name = "product_id", length = 36, updatable = false)
    private String productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_type", nullable = false, length = 30, updatable = false)
    private ProductType productType;

    @Column(nullable = false, length = MAX_DESCRIPTION, updatable = false)
    private String description;

    @Column(name = "period_months", nullable = false, updatable = false)
    private int months;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Currency currency;

    @Column(name = "list_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal listAmount;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal netAmount;

    protected InvoiceLine() {
    }

    /**
     * A line not yet on a document.
     *
     * @param productId   the product paid for, if it exists already (a renewal)
     * @param description what the customer reads, for example the domain name
     * @param listPrice   the catalog price for the period
     * @param net         what is charged, without VAT: at most the list price, not negative
     * @throws Refusal if the product type cannot be paid for that period (PAY-8)
     */
    public static InvoiceLine of(String productId, ProductType type, String description, int months, Money listPrice,
                                 Money net) throws Refusal {
        Objects.requireNonNull(type, "type");
        type.requirePeriod(months);
        if (description == null || description.isBlank() || description.strip().length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("A line's description has 1 to 200 characters: " + description);
        }
        if (listPrice.currency() != net.currency() || net.isNegative() || net.isGreaterThan(listPrice)) {
            throw new IllegalArgumentException("Not a net amount of " + listPrice + ": " + net);
        }
        InvoiceLine line = new InvoiceLine();
        line.productId = productId;
        line.productType = type;
        line.description = description.strip();
        line.months = months;
        line.currency = listPrice.currency();
        line.listAmount = listPrice.amount();
        line.netAmount = net.amount();
        return line;
    }

    /** The line for a quoted price, charged as the partner benefit says (PAR-8). */
    public static InvoiceLine quoted(String productId, String description, PriceQuote quote, PartnerBenefit benefit)
            throws Refusal {
        return of(productId, quote.type(), description, quote.months(), quote.listPrice(), quote.charged(benefit));
    }

    /** A copy with the given line number (lines are values: a document numbers its own copies). */
    InvoiceLine numbered(int number) {
        InvoiceLine copy = new InvoiceLine();
        copy.lineNumber = number;
        copy.productId = productId;
        copy.productType = productType;
        copy.description = description;
        copy.months = months;
        copy.currency = currency;
        copy.listAmount = listAmount;
        copy.netAmount = netAmount;
        return copy;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public Optional<String> productId() {
        return Optional.ofNullable(productId);
    }

    public ProductType productType() {
        return productType;
    }

    public String description() {
        return description;
    }

    /** PAY-8: the period paid for, in months. */
    public int months() {
        return months;
    }

    public Currency currency() {
        return currency;
    }

    public Money listPrice() {
        return Money.of(listAmount, currency);
    }

    /** What the line charges, without VAT. */
    public Money net() {
        return Money.of(netAmount, currency);
    }

    /** Volume tier and partner discount together: list price less net. */
    public Money discount() {
        return listPrice().minus(net());
    }
}
