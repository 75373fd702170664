package ch.partnerportal.console.billing;

import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.billing.api.CheckoutViews.ItemRequest;
import ch.partnerportal.billing.api.CheckoutViews.Line;
import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import ch.partnerportal.billing.api.CheckoutViews.RenewalOption;
import ch.partnerportal.billing.api.ProductOffer;
import ch.partnerportal.billing.catalog.boundary.Catalog;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.PagedList;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The organization's orders with where each stands (PAY-4): pending ones are paid at the checkout,
 * those awaiting a transfer or a confirmation are followed there, paid ones link their invoice. A
 * small form orders a new product with the periods its type allows and their prices (PAY-8).
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Orders orders;

    @Inject
    Catalog catalog;

    private PagedList<OrderView> list;
    private List<ProductOffer> offers = List.of();
    private String type;
    private String label;
    /** The period chosen, in months (PAY-8). */
    private int months = 12;
    private boolean allowed;

    /** The page opened (its view action): loads it, or shows why it may not be seen. */
    public void open() {
        try {
            String organization = session.getCurrentOrganizationId();
            Orders placed = orders;
            list = new PagedList<>((first, size) -> placed.orders(organization, first, size), OrderView::id);
            offers = catalog.offers(organization);
            type = offers.isEmpty() ? null : offers.get(0).type();
            allowed = true;
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    /** PAY-4: the new order, then its checkout. */
    public String order() {
        try {
            OrderView placed = orders.place(session.getCurrentOrganizationId(),
                    List.of(new ItemRequest(type, label, months)));
            return "/app/checkout?faces-redirect=true&order=" + placed.id();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            return null;
        }
    }

    /** Another type chosen: the period stays when the type allows it, else its shortest. */
    public void typeChanged() {
        List<RenewalOption> periods = getPeriods();
        if (periods.stream().noneMatch(p -> p.months() == months)) {
            months = periods.isEmpty() ? 12 : periods.get(0).months();
        }
    }

    public List<RenewalOption> getPeriods() {
        return offers.stream().filter(o -> o.type().equals(type)).findFirst().map(ProductOffer::periods)
                .orElse(List.of());
    }

    /** "2 years · CHF 26.00" for the period menu. */
    public String periodLabel(RenewalOption option) {
        String currency = offers.isEmpty() ? "" : offers.get(0).currency();
        return Feedback.text(FacesContext.getCurrentInstance(), "payments.period", SpokenPeriod.of(option.months()),
                currency, option.net());
    }

    /** What an order is for, in one line: "rossi.ch (3 years), www.rossi.ch". */
    public String summary(OrderView order) {
        FacesContext context = FacesContext.getCurrentInstance();
        return order.lines().stream().map(l -> describe(context, l)).collect(Collectors.joining(", "));
    }

    private static String describe(FacesContext context, Line line) {
        return Feedback.text(context, "orders.line", line.label(), SpokenPeriod.of(line.months()));
    }

    /** Orders the checkout can still move: pay them, follow their transfer or their confirmation. */
    public boolean open(OrderView order) {
        return switch (order.status()) {
            case "pending", "awaiting_transfer", "awaiting_payment" -> true;
            default -> false;
        };
    }

    public String pdfUrl(OrderView order) {
        return "invoice.pdf?invoice=" + order.invoiceId();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public PagedList<OrderView> getList() {
        return list;
    }

    public List<ProductOffer> getOffers() {
        return offers;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }
}
