package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.AccessScope;
import ch.partnerportal.partner.api.EndingPreview;
import ch.partnerportal.partner.api.PartnerAuthorization;
import ch.partnerportal.partner.api.PartnerMatch;
import ch.partnerportal.partner.api.RelationshipView;
import ch.partnerportal.partner.api.RequestAnswer;
import ch.partnerportal.partner.api.ScopeEntry;
import ch.partnerportal.partner.relationships.boundary.Relationships;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The client's Partners page (PAR-3, PAR-4, PAR-10): the partners that manage the organization or
 * asked to, what each asked and was granted, answering a partner's request with the access chosen,
 * authorizing a partner found by name or e-mail, changing or renewing the access, and stopping a
 * relationship after its preview with the account password. The facade decides who sees and acts.
 */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Relationships relationships;

    private String relationshipId;
    private List<RelationshipView> asClient = List.of();
    private RelationshipView selected;
    private AccessChoices answerAccess;
    private AccessChoices newAccess;
    private AccessChoices changedAccess;
    private LocalDate endsOn;
    private String note;
    private EndingPreview preview;
    private String password;
    private String search;
    private List<PartnerMatch> found = List.of();
    private String partnerId;

    /** The view action: the list, and the relationship an e-mail's link names. */
    public void open() {
        reload();
        if (relationshipId != null) {
            asClient.stream().filter(r -> r.id().equals(relationshipId)).findFirst().ifPresent(this::show);
        }
    }

    private void reload() {
        try {
            String organization = session.getCurrentOrganizationId();
            asClient = relationships.of(organization).stream().filter(r -> r.side().equals("client")).toList();
        } catch (Refusal refusal) {
            asClient = List.of();
            Feedback.refusal(refusal);
        }
    }

    private List<ScopeEntry> grantable() throws Refusal {
        return relationships.grantableProducts(session.getCurrentOrganizationId());
    }

    public void select(String id) {
        asClient.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(this::show);
    }

    private void show(RelationshipView relationship) {
        selected = relationship;
        preview = null;
        password = null;
        note = null;
        endsOn = relationship.grantEndsOn();
        answerAccess = null;
        changedAccess = null;
        if (relationship.actions().contains("accept") || relationship.actions().contains("change-access")) {
            Feedback.done(() -> {
                answerAccess = new AccessChoices(grantable()).startingFrom(relationship.requested());
                changedAccess = new AccessChoices(grantable()).startingFrom(relationship.granted());
            });
        }
    }

    private void shown(RelationshipView changed, String message) {
        reload();
        show(changed);
        Feedback.info(message);
    }

    public void accept() {
        Feedback.done(() -> shown(relationships.accept(session.getCurrentOrganizationId(), selected.id(),
                new RequestAnswer(answerAccess.scope(), endsOn, note)), "partners.accepted"));
    }

    public void refuse() {
        Feedback.done(() -> shown(relationships.refuse(session.getCurrentOrganizationId(), selected.id(), note),
                "partners.refused"));
    }

    public void resend() {
        Feedback.done(() -> shown(relationships.resend(session.getCurrentOrganizationId(), selected.id()),
                "partners.resent"));
    }

    public void withdraw() {
        Feedback.done(() -> shown(relationships.withdraw(session.getCurrentOrganizationId(), selected.id()),
                "partners.withdrawn"));
    }

    public void changeAccess() {
        Feedback.done(() -> shown(relationships.changeAccess(session.getCurrentOrganizationId(), selected.id(),
                changedAccess.scope(), endsOn), "partners.changed"));
    }

    public void renew() {
        Feedback.done(() -> shown(relationships.renew(session.getCurrentOrganizationId(), selected.id(), endsOn),
                "partners.renewed"));
    }

    public void prepareEnding() {
        Feedback.done(() -> preview = relationships.endingPreview(session.getCurrentOrganizationId(), selected.id()));
    }

    public void end() {
        String typed = password;
        password = null;
        Feedback.done(() -> shown(relationships.end(session.getCurrentOrganizationId(), selected.id(), typed),
                "partners.ended"));
    }

    public void find() {
        Feedback.done(() -> {
            found = relationships.partners(session.getCurrentOrganizationId(), search);
            partnerId = found.size() == 1 ? found.get(0).organizationId() : null;
            newAccess = new AccessChoices(grantable());
            if (found.isEmpty()) {
                Feedback.info("partners.noneFound");
            }
        });
    }

    public void authorize() {
        if (Feedback.done(() -> {
            RelationshipView sent = relationships.authorize(session.getCurrentOrganizationId(),
                    new PartnerAuthorization(partnerId, newAccess.scope(), endsOn, note));
            shown(sent, "partners.authorized");
        })) {
            found = List.of();
            search = null;
            newAccess = null;
        }
    }

    /** A line that says what an access covers, for the tables. */
    public String describe(AccessScope access) {
        if (access == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (access.full()) {
            return Feedback.text(context, access.billingEntrusted() ? "partners.fullWithBilling" : "partners.full");
        }
        StringBuilder text = new StringBuilder();
        for (ScopeEntry entry : access.products()) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(entry.productLabel() != null ? entry.productLabel()
                    : Feedback.text(context, "kind." + entry.category().slug()));
            String technical = Feedback.text(context, "partners.technical");
            String statistics = Feedback.text(context, "partners.statistics");
            text.append(" (").append(entry.technical() && entry.statistics() ? technical + ", " + statistics
                    : entry.technical() ? technical : statistics).append(')');
        }
        return text.toString();
    }

    public String getRelationshipId() {
        return relationshipId;
    }

    public void setRelationshipId(String relationshipId) {
        this.relationshipId = relationshipId;
    }

    public List<RelationshipView> getAsClient() {
        return asClient;
    }

    public RelationshipView getSelected() {
        return selected;
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

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public EndingPreview getPreview() {
        return preview;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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
}
