package ch.partnerportal.console.audit;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.PagedList;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.AuditEntryView;
import ch.partnerportal.tenancy.api.AuditFilter;
import ch.partnerportal.tenancy.audit.boundary.AuditTrail;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The organization's audit trail for its legal representatives and administrators: what partners'
 * users and Keycloak administrators did on the account, filtered by kind of actor, actor and days,
 * a page at a time, and the CSV of what the filters take.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    AuditTrail trail;

    private String actorKind;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private PagedList<AuditEntryView> list;
    private boolean allowed;

    /** The page opened (its view action): the whole trail, or why it may not be seen. */
    public void open() {
        String organization = session.getCurrentOrganizationId();
        if (Feedback.done(() -> trail.requireReader(organization))) {
            allowed = true;
            search();
        }
    }

    /** The filters applied: the table starts again at its first page. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage("audit:to", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Feedback.text(context, "audit.daysReversed"), null));
            context.validationFailed();
            return;
        }
        String organization = session.getCurrentOrganizationId();
        AuditTrail entries = trail;
        // the loader is kept with the view: it holds the filter's parts, not the (not serializable) filter
        String kind = actorKind;
        String who = actor;
        LocalDate first = from;
        LocalDate last = to;
        list = new PagedList<>((start, size) -> entries.entries(organization, new AuditFilter(kind, who, first, last),
                start, size), entry -> entry.at() + entry.actor() + entry.action() + entry.subject());
    }

    /** The CSV of what the filters take (the servlet {@code audit-trail.csv}). */
    public String getCsvUrl() {
        AuditFilter filter = new AuditFilter(actorKind, actor, from, to);
        List<String> parameters = new ArrayList<>();
        add(parameters, "actorKind", filter.actorKind());
        add(parameters, "actor", filter.actor());
        add(parameters, "from", from == null ? null : from.toString());
        add(parameters, "to", to == null ? null : to.toString());
        return "audit-trail.csv" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public PagedList<AuditEntryView> getList() {
        return list;
    }

    public String getActorKind() {
        return actorKind;
    }

    public void setActorKind(String actorKind) {
        this.actorKind = actorKind;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
