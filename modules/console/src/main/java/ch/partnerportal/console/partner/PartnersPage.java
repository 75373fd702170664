package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ElevationView;
import ch.partnerportal.partner.api.PartnerAuthorization;
import ch.partnerportal.partner.api.PartnerMatch;
import ch.partnerportal.partner.api.RelationshipView;
import ch.partnerportal.partner.api.RequestAnswer;
import ch.partnerportal.partner.api.ScopeEntry;
import ch.partnerportal.partner.relationships.boundary.Elevations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The client's Partners page (PAR-3, PAR-4, PAR-10): the partners that manage the organization or
 * asked to, what each asked and was granted, answering a partner's request with the access chosen,
 * authorizing a partner found by name or e-mail, changing or renewing the access, and stopping a
 * relationship after its preview with the account password; and the just-in-time elevations its
 * partners' users asked for, approved, refused or ended here, the one an e-mail's link names marked.
 * The facades decide who sees and acts.
 */
@Named
@ViewScoped
public class PartnersPage extends RelationshipsPanel {

    private static final long serialVersionUID = 1L;

    private AccessChoices answerAccess;
    private AccessChoices newAccess;
    private AccessChoices changedAccess;
    private String search;
    private List<PartnerMatch> found = List.of();
    private String partnerId;
    private String elevationId;
    private String elevationNote;
    private List<ElevationView> elevations = List.of();

    @Inject
    Elevations elevationRequests;

    @Override
    public String getSide() {
        return "client";
    }

    private List<ScopeEntry> grantable() throws Refusal {
        return relationships.grantableProducts(organization());
    }

    /** The view action: the relationships, then the elevations, when the first were not refused. */
    @Override
    public void open() {
        super.open();
        reloadElevations();
    }

    private void reloadElevations() {
        try {
            elevations = elevationRequests.of(organization());
        } catch (Refusal alreadyShown) {
            // the same refusal as the relationships' list, which has told it once
            elevations = List.of();
        }
    }

    public void approve(String id) {
        answered(() -> elevationRequests.approve(organization(), id, elevationNote), "partners.elevationApproved");
    }

    public void refuseElevation(String id) {
        answered(() -> elevationRequests.refuse(organization(), id, elevationNote), "partners.elevationRefused");
    }

    public void endElevation(String id) {
        answered(() -> elevationRequests.end(organization(), id), "partners.elevationEnded");
    }

    private void answered(Feedback.Step step, String message) {
        if (Feedback.done(step)) {
            elevationNote = null;
            Feedback.info(message);
        }
        reloadElevations();
    }

    /** Marks the row of the elevation an e-mail's link opened. */
    public String elevationRowClass(ElevationView elevation) {
        return elevation.id().equals(elevationId) ? "pp-highlight" : null;
    }

    @Override
    protected void opened(RelationshipView relationship) {
        answerAccess = null;
        changedAccess = null;
        if (relationship.actions().contains("accept") || relationship.actions().contains("change-access")) {
            Feedback.done(() -> {
                answerAccess = new AccessChoices(grantable()).startingFrom(relationship.requested());
                changedAccess = new AccessChoices(grantable()).startingFrom(relationship.granted());
            });
        }
    }

    public void accept() {
        Feedback.done(() -> shown(relationships.accept(organization(), getSelected().id(),
                new RequestAnswer(answerAccess.scope(), getEndsOn(), getNote())), "partners.accepted"));
    }

    public void changeAccess() {
        Feedback.done(() -> shown(relationships.changeAccess(organization(), getSelected().id(),
                changedAccess.scope(), getEndsOn()), "partners.changed"));
    }

    public void renew() {
        Feedback.done(() -> shown(relationships.renew(organization(), getSelected().id(), getEndsOn()),
                "partners.renewed"));
    }

    public void find() {
        Feedback.done(() -> {
            found = relationships.partners(organization(), search);
            partnerId = found.size() == 1 ? found.get(0).organizationId() : null;
            newAccess = new AccessChoices(grantable());
            if (found.isEmpty()) {
                Feedback.info("partners.noneFound");
            }
        });
    }

    public void authorize() {
        if (Feedback.done(() -> shown(relationships.authorize(organization(),
                new PartnerAuthorization(partnerId, newAccess.scope(), getEndsOn(), getNote())), "partners.authorized"))) {
            found = List.of();
            search = null;
            newAccess = null;
        }
    }

    public AccessChoices getAnswerAccess() {
        return answerAccess;
    }

    public AccessChoices getNewAccess() {
        return newAccess;
    }

    public AccessChoices getChangedAccess() {
        return changedAccess;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<PartnerMatch> getFound() {
        return found;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(String partnerId) {
        this.partnerId = partnerId;
    }

    public String getElevationId() {
        return elevationId;
    }

    public void setElevationId(String elevationId) {
        this.elevationId = elevationId;
    }

    public String getElevationNote() {
        return elevationNote;
    }

    public void setElevationNote(String elevationNote) {
        this.elevationNote = elevationNote;
    }

    public List<ElevationView> getElevations() {
        return elevations;
    }
}
