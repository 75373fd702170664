package ch.partnerportal.billing.orders.control;

import ch.partnerportal.billing.amounts.entity.Totals;
import ch.partnerportal.billing.amounts.entity.Vat;
import ch.partnerportal.billing.api.CheckoutViews.Amounts;
import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import ch.partnerportal.billing.api.CheckoutViews.Line;
import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import ch.partnerportal.billing.api.CheckoutViews.ProductView;
import ch.partnerportal.billing.api.RefundViews.CreditNoteView;
import ch.partnerportal.billing.invoices.entity.CreditNote;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.products.entity.Product;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;

import java.util.ArrayList;
import java.util.List;

/** The views the orders and checkout facades answer with; amounts as plain decimal text. */
public final class OrderViews {

    private OrderViews() {
    }

    public static OrderView order(PurchaseOrder order, List<InvoiceLine> lines, Currency currency, Vat vat) {
        Totals totals = Totals.of(currency, vat, lines.stream().map(InvoiceLine::net).toList());
        List<Line> shown = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            shown.add(line(i + 1, lines.get(i)));
        }
        return new OrderView(order.id(), order.status().name().toLowerCase(), order.createdAt(), shown,
                amounts(totals), order.invoiceId().orElse(null));
    }

    public static InvoiceView invoice(Invoice invoice) {
        List<Line> lines = invoice.lines().stream().map(l -> line(l.lineNumber(), l)).toList();
        return new InvoiceView(invoice.id(), invoice.number().orElse(null), invoice.status().name().toLowerCase(),
                invoice.issuedOn().orElse(null), invoice.customer().name(), lines, amounts(invoice.totals()));
    }

    public static CreditNoteView creditNote(CreditNote note) {
        return new CreditNoteView(note.id(), note.number(), note.invoiceId(), note.invoiceNumber(), note.issuedOn(),
                note.reason().orElse(null), note.lines().stream().map(l -> line(l.lineNumber(), l)).toList(),
                amounts(note.totals()), text(note.toProvider()), text(note.toBalance()));
    }

    public static ProductView product(Product product) {
        return new ProductView(product.id(), product.type().slug(), product.label(),
                product.state().name().toLowerCase(), product.expiresOn(), product.autoRenew());
    }

    public static String text(Money money) {
        return money.amount().toPlainString();
    }

    private static Line line(int number, InvoiceLine line) {
        return new Line(number, line.productType().slug(), line.description(), line.months(),
                text(line.listPrice()), text(line.net()));
    }

    private static Amounts amounts(Totals totals) {
        return new Amounts(totals.currency().code(), text(totals.net()), totals.vatRate().toPlainString(),
                text(totals.vatAmount()), text(totals.gross()), text(totals.rounding()), text(totals.payable()));
    }
}
