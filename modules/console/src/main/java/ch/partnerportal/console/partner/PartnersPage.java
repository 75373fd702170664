package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerAuthorization;
import ch.partnerportal.partner.api.PartnerMatch;
import ch.partnerportal.partner.api.RelationshipView;
import ch.partnerportal.partner.api.RequestAnswer;
import ch.partnerportal.partner.api.ScopeEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The client's Partners page (PAR-3, PAR-4, PAR-10): the partners that manage the organization or
 * asked to, what each asked and was granted, answering a partner's request with the access chosen,
 * authorizing a partner found by name or e-mail, changing or renewing the access, and stopping a
 * relationship after its preview with the account password. The facade decides who sees and acts.
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

    @Override
    public String getSide() {
        return "client";
    }

    private List<ScopeEntry> grantable() throws Refusal {
        return relationships.grantableProducts(organization());
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
}
