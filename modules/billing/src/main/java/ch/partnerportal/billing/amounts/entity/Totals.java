package ch.partnerportal.billing.amounts.entity;

import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document's totals (PAY-9): the net total of its lines, VAT on that total rounded half up to the
 * cent, the gross total, and the total payable rounded to the currency's smallest step (CHF 0.05),
 * with the rounding difference kept as its own amount. Immutable; stored with the document.
 */
@Embeddable
public class Totals {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Currency currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_treatment", nullable = false, length = 20, updatable = false)
    private Vat vat;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal vatRate;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal net;

    @Column(name = "vat_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal vatAmount;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal gross;

    @Column(name = "rounding_difference", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal rounding;

    @Column(name = "payable_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal payable;

    protected Totals() {
    }

    private Totals(Currency currency, Vat vat, BigDecimal vatRate, Money net, Money vatAmount, Money payable) {
        this.currency = currency;
        this.vat = vat;
        this.vatRate = vatRate.setScale(2, RoundingMode.UNNECESSARY);
        this.net = net.amount();
        this.vatAmount = vatAmount.amount();
        Money grossTotal = net.plus(vatAmount);
        this.gross = grossTotal.amount();
        this.payable = payable.amount();
        this.rounding = payable.minus(grossTotal).amount();
    }

    /** The totals of lines at the treatment's current rate. */
    public static Totals of(Currency currency, Vat vat, List<Money> lineNets) {
        return of(currency, vat, vat.rate(), lineNets);
    }

    /**
     * The totals of lines at a given rate (a credit note uses the rate of the invoice it refunds).
     *
     * @throws IllegalArgumentException for a negative line or a line in another currency
     */
    public static Totals of(Currency currency, Vat vat, BigDecimal vatRate, List<Money> lineNets) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(vatRate, "vatRate");
        for (Money line : lineNets) {
            if (line.isNegative()) {
                throw new IllegalArgumentException("A line is not negative: " + line);
            }
        }
        Money net = Money.sum(currency, lineNets);
        Money vatAmount = net.percentage(vatRate);
        return new Totals(currency, vat, vatRate, net, vatAmount, net.plus(vatAmount).payable());
    }

    /**
     * The same totals with another amount payable, the difference to the gross total shown as
     * rounding. Used by the credit note that completes the refund of an invoice, so that the credit
     * notes add up to exactly what was paid.
     */
    public Totals payableAdjustedTo(Money newPayable) {
        if (newPayable.currency() != currency || newPayable.isNegative()) {
            throw new IllegalArgumentException("Not a payable amount in " + currency + ": " + newPayable);
        }
        return new Totals(currency, vat, vatRate, net(), vatAmount(), newPayable);
    }

    public Currency currency() {
        return currency;
    }

    public Vat vat() {
        return vat;
    }

    /** The VAT rate in percent, as the document was drawn up. */
    public BigDecimal vatRate() {
        return vatRate.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Money net() {
        return Money.of(net, currency);
    }

    public Money vatAmount() {
        return Money.of(vatAmount, currency);
    }

    public Money gross() {
        return Money.of(gross, currency);
    }

    /** PAY-9: payable minus gross. */
    public Money rounding() {
        return Money.of(rounding, currency);
    }

    public Money payable() {
        return Money.of(payable, currency);
    }

    /** The summary rows in display order; the rounding row only when there is a difference. */
    public List<TotalRow> rows() {
        List<TotalRow> rows = new ArrayList<>();
        rows.add(new TotalRow(TotalRow.Kind.NET, net()));
        rows.add(new TotalRow(TotalRow.Kind.VAT, vatAmount()));
        rows.add(new TotalRow(TotalRow.Kind.GROSS, gross()));
        if (!rounding().isZero()) {
            rows.add(new TotalRow(TotalRow.Kind.ROUNDING, rounding()));
        }
        rows.add(new TotalRow(TotalRow.Kind.PAYABLE, payable()));
        return List.copyOf(rows);
    }

    @Override
    public String toString() {
        return "net " + net() + ", VAT " + vatRate() + "% " + vatAmount() + ", gross " + gross() + ", rounding "
                + rounding() + ", payable " + payable();
    }
}
