package ch.partnerportal.console.billing;

import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import ch.partnerportal.billing.api.CheckoutViews.RenewalOption;
import ch.partnerportal.billing.api.CheckoutViews.RenewalRequest;
import ch.partnerportal.billing.api.CheckoutViews.RenewalView;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payments list (REN-7): products to renew, those expiring within the next two months (and
 * expired ones) unless "show all" is on. Several are selected, each with its own period and the
 * price of that period (PAY-8), and paid as one renewal order (PAY-3) at the checkout.
 */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    /** A renewal covers a year unless the customer chooses another period (PAY-8). */
    private static final int YEAR = 12;

    @Inject
    ConsoleSession session;

    @Inject
    Orders orders;

    private List<Row> rows = List.of();
    private boolean all;
    private boolean allowed;

    /** One product of the list, whether it is selected and for which period. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final RenewalView renewal;
        private boolean selected;
        /** In months (PAY-8); a year unless chosen otherwise or the type has no yearly period. */
        private int months;

        Row(RenewalView renewal, boolean selected, int months) {
            this.renewal = renewal;
            this.selected = selected;
            this.months = renewal.options().stream().anyMatch(o -> o.months() == months) ? months
                    : renewal.options().isEmpty() ? YEAR : renewal.options().get(0).months();
        }

        public RenewalView getRenewal() {
            return renewal;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }

        public int getMonths() {
            return months;
        }

        public void setMonths(int months) {
            this.months = months;
        }

        /** The price before VAT of the chosen period. */
        public String getNet() {
            return renewal.options().stream().filter(o -> o.months() == months).map(RenewalOption::net).findFirst()
                    .orElse("");
        }

        /** Expired already: renewing continues from the expiry, so the period covers the gap too. */
        public boolean isExpired() {
            return renewal.product().expiresOn().isBefore(LocalDate.now(SWISS_TIME));
        }
    }

    /** The page opened (its view action): loads it, or shows why it may not be seen. */
    public void open() {
        try {
            show(orders.payments(session.getCurrentOrganizationId(), all));
            allowed = true;
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    /** "Show all" switched: the list again, keeping what was selected and the periods chosen. */
    public void filterChanged() {
        try {
            show(orders.payments(session.getCurrentOrganizationId(), all));
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    private void show(List<RenewalView> renewals) {
        Map<String, Row> before = new HashMap<>();
        rows.forEach(r -> before.put(r.renewal.product().id(), r));
        List<Row> shown = new ArrayList<>();
        for (RenewalView renewal : renewals) {
            Row earlier = before.get(renewal.product().id());
            shown.add(new Row(renewal, earlier != null && earlier.selected, earlier == null ? YEAR : earlier.months));
        }
        rows = shown;
    }

    /** PAY-3: one renewal order for the selection, then its checkout. */
    public String paySelection() {
        List<RenewalRequest> selection = rows.stream().filter(Row::isSelected)
                .map(r -> new RenewalRequest(r.renewal.product().id(), r.months)).toList();
        try {
            OrderView order = orders.renew(session.getCurrentOrganizationId(), selection);
            return "/app/checkout?faces-redirect=true&order=" + order.id();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            return null;
        }
    }

    /** "2 years · CHF 26.00" for the period menu. */
    public String periodLabel(RenewalView renewal, RenewalOption option) {
        return Feedback.text(FacesContext.getCurrentInstance(), "payments.period", SpokenPeriod.of(option.months()),
                renewal.currency(), option.net());
    }

    public long getSelectedCount() {
        return rows.stream().filter(Row::isSelected).count();
    }

    /** The selection's total before VAT; VAT and rounding are added at the checkout. */
    public String getSelectedNet() {
        return rows.stream().filter(Row::isSelected).map(Row::getNet).filter(n -> !n.isEmpty()).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add).toPlainString();
    }

    public String getCurrency() {
        return rows.isEmpty() ? "" : rows.get(0).renewal.currency();
    }

    public int getMonths() {
        return Orders.MONTHS_SHOWN;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public boolean isAllowed() {
        return allowed;
    }
}
