package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.AccessScope;
import ch.partnerportal.partner.api.ElevationRequest;
import ch.partnerportal.partner.api.ElevationView;
import ch.partnerportal.partner.api.ScopeEntry;
import ch.partnerportal.partner.relationships.boundary.Elevations;
import ch.partnerportal.services.workspaces.boundary.OrganizationServices;
import ch.partnerportal.tenancy.api.ProductAccess;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Just-in-time elevation from the partner's side, on the products page of a client's account it works
 * in: the whole categories (it does not see the products it was not granted) and the products it sees,
 * each with the rights it asks for, or the whole account, for some hours with a reason; and its own
 * elevations on this client with where they stand, each ended here while it waits or runs.
 */
@Named
@ViewScoped
public class ElevationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Elevations elevations;

    @Inject
    OrganizationServices services;

    private AccessChoices asked;
    private Integer hours = 2;
    private String reason;
    private List<ElevationView> mine = List.of();

    @PostConstruct
    void load() {
        if (session.getActing() != null) {
            reset();
            reload();
        }
    }

    /** Shown in a client's account: to ask while the access is limited, and to see what was asked. */
    public boolean isShown() {
        return session.getActing() != null && (!session.getActing().full() || !mine.isEmpty());
    }

    public boolean isMayAsk() {
        return session.getActing() != null && !session.getActing().full();
    }

    private void reset() {
        List<ScopeEntry> choices = new ArrayList<>(Arrays.stream(ProductAccess.values())
                .filter(kind -> kind != ProductAccess.BILLING)
                .map(kind -> new ScopeEntry(kind, null, null, false, false)).toList());
        Feedback.done(() -> services.list(session.getCurrentOrganizationId()).forEach(product ->
                ProductAccess.fromSlug(product.kind()).filter(kind -> kind != ProductAccess.BILLING).ifPresent(kind ->
                        choices.add(new ScopeEntry(kind, product.productId(), product.label(), false, false)))));
        asked = new AccessChoices(choices);
        reason = null;
    }

    private void reload() {
        try {
            mine = elevations.of(session.getCurrentOrganizationId());
        } catch (Refusal alreadyShown) {
            // the products list above has told why the account is not reached
            mine = List.of();
        }
    }

    public void ask() {
        if (Feedback.done(() -> elevations.ask(session.getCurrentOrganizationId(),
                new ElevationRequest(asked.scope(), hours == null ? 0 : hours, reason)))) {
            Feedback.info("acting.elevationAsked");
            reset();
        }
        reload();
    }

    public void end(String elevationId) {
        if (Feedback.done(() -> elevations.end(session.getCurrentOrganizationId(), elevationId))) {
            Feedback.info("acting.elevationEnded");
        }
        reload();
    }

    /** A line that says what an elevation asks for. */
    public String describe(AccessScope access) {
        return AccessChoices.describe(access);
    }

    public List<Integer> getHourChoices() {
        return IntStream.rangeClosed(1, ElevationRequest.MAX_HOURS).boxed().toList();
    }

    public AccessChoices getAsked() {
        return asked;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<ElevationView> getMine() {
        return mine;
    }
}
