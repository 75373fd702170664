package ch.partnerportal.console.home;

import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServiceView;
import ch.partnerportal.services.workspaces.boundary.OrganizationServices;
import ch.partnerportal.tenancy.api.AuditEntryView;
import ch.partnerportal.tenancy.api.AuditFilter;
import ch.partnerportal.tenancy.api.InvitationView;
import ch.partnerportal.tenancy.audit.boundary.AuditTrail;
import ch.partnerportal.tenancy.invitations.boundary.Invitations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The organization's home, the first page after signing in: what needs doing. Products that expire
 * within {@value #SOON_MONTHS} months (the payments list's horizon, REN-7), pro-formas waiting to be paid, pending invitations and the latest
 * changes; each section appears to those who may act on it (a section the member may not see is left
 * out, not refused).
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SOON_MONTHS = 2;
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @Inject
    ConsoleSession session;

    @Inject
    OrganizationServices services;

    @Inject
    Orders orders;

    @Inject
    Invitations invitations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private List<ServiceView> expiring = List.of();
    private List<InvoiceView> unpaid;
    private List<InvitationView> pending;
    private List<AuditEntryView> recent;

    public void open() {
        String organization = session.getCurrentOrganizationId();
        LocalDate soon = LocalDate.now(clock.withZone(SWISS_TIME)).plusMonths(SOON_MONTHS);
        try {
            expiring = services.list(organization).stream().filter(p -> !p.expiresOn().isAfter(soon)).toList();
        } catch (Refusal notAMember) {
            expiring = List.of();
        }
        try {
            unpaid = orders.invoices(organization, 0, Orders.MAX_PAGE).items().stream()
                    .filter(invoice -> "pro_forma".equals(invoice.status())).toList();
        } catch (Refusal noBilling) {
            unpaid = null;
        }
        try {
            pending = invitations.pending(organization);
        } catch (Refusal notAManager) {
            pending = null;
        }
        try {
            recent = audit.entries(organization, AuditFilter.NONE, 0, 5).items();
        } catch (Refusal notAManager) {
            recent = null;
        }
    }

    public List<ServiceView> getExpiring() {
        return expiring;
    }

    public List<InvoiceView> getUnpaid() {
        return unpaid;
    }

    public List<InvitationView> getPending() {
        return pending;
    }

    public List<AuditEntryView> getRecent() {
        return recent;
    }
}
