package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.AccessScope;
import ch.partnerportal.partner.api.EndingPreview;
import ch.partnerportal.partner.api.RelationshipView;
import ch.partnerportal.partner.relationships.boundary.Relationships;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What both sides' pages do with the organization's relationships on their side (PAR-3 to PAR-5,
 * PAR-10): the list, the one opened (from the list or an e-mail's link), refusing, resending and
 * withdrawing a request, and stopping after the preview with the account password.
 */
public abstract class RelationshipsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Relationships relationships;

    private String relationshipId;
    private List<RelationshipView> list = List.of();
    private RelationshipView selected;
    private LocalDate endsOn;
    private String note;
    private EndingPreview preview;
    private String password;

    /** partner or client: the side of the relationships this page shows. */
    public abstract String getSide();

    /** Prepares the forms of the opened relationship. */
    protected void opened(RelationshipView relationship) {
    }

    /** The view action: the list, and the relationship an e-mail's link names. */
    public void open() {
        reload();
        if (relationshipId != null) {
            select(relationshipId);
        }
    }

    protected void reload() {
        try {
            list = relationships.of(organization()).stream().filter(r -> r.side().equals(getSide())).toList();
        } catch (Refusal refusal) {
            list = List.of();
            Feedback.refusal(refusal);
        }
    }

    protected String organization() {
        return session.getCurrentOrganizationId();
    }

    public void select(String id) {
        list.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(this::show);
    }

    private void show(RelationshipView relationship) {
        selected = relationship;
        preview = null;
        password = null;
        note = null;
        endsOn = relationship.grantEndsOn();
        opened(relationship);
    }

    /** After a change: the list again, the changed one opened, and the message. */
    protected void shown(RelationshipView changed, String message) {
        reload();
        show(changed);
        Feedback.info(message);
    }

    public void refuse() {
        Feedback.done(() -> shown(relationships.refuse(organization(), selected.id(), note), "partners.refused"));
    }

    public void resend() {
        Feedback.done(() -> shown(relationships.resend(organization(), selected.id()), "partners.resent"));
    }

    public void withdraw() {
        Feedback.done(() -> shown(relationships.withdraw(organization(), selected.id()), "partners.withdrawn"));
    }

    public void prepareEnding() {
        Feedback.done(() -> preview = relationships.endingPreview(organization(), selected.id()));
    }

    public void end() {
        String typed = password;
        password = null;
        Feedback.done(() -> shown(relationships.end(organization(), selected.id(), typed), "partners.ended"));
    }

    /** A line that says what an access covers, for the tables. */
    public String describe(AccessScope access) {
        return AccessChoices.describe(access);
    }

    public String getRelationshipId() {
        return relationshipId;
    }

    public void setRelationshipId(String relationshipId) {
        this.relationshipId = relationshipId;
    }

    public List<RelationshipView> getList() {
        return list;
    }

    public RelationshipView getSelected() {
        return selected;
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
}
