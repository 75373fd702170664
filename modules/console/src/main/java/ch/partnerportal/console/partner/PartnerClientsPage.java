package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.partner.api.ClientInvitation;
import ch.partnerportal.partner.api.RequestAnswer;
import ch.partnerportal.partner.api.ScopeEntry;
import ch.partnerportal.tenancy.api.ProductAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/**
 * The partner's side of its relationships on the partner programme page (PAR-3, PAR-5, PAR-10): its
 * clients and requests in both directions, inviting a client by its legal representative's e-mail
 * with the categories and rights asked for, accepting or refusing a client's offer, resending or
 * withdrawing an invitation, and stopping a relationship after its preview with the password.
 */
@Named
@ViewScoped
public class PartnerClientsPage extends RelationshipsPanel {

    private static final long serialVersionUID = 1L;

    /** A partner does not see a client's products: it asks for categories. */
    private static final List<ScopeEntry> CATEGORIES = Arrays.stream(ProductAccess.values())
            .filter(kind -> kind != ProductAccess.BILLING)
            .map(kind -> new ScopeEntry(kind, null, null, false, false)).toList();

    private String clientEmail;
    private AccessChoices asked = new AccessChoices(CATEGORIES);

    @Override
    public String getSide() {
        return "partner";
    }

    public void accept() {
        Feedback.done(() -> shown(relationships.accept(organization(), getSelected().id(),
                new RequestAnswer(null, null, getNote())), "partners.accepted"));
    }

    public void invite() {
        if (Feedback.done(() -> shown(relationships.invite(organization(),
                new ClientInvitation(clientEmail, null, asked.scope(), getNote())), "partners.invited"))) {
            clientEmail = null;
            asked = new AccessChoices(CATEGORIES);
        }
    }

    public String getClientEmail() {
        return clientEmail;
    }

    public void setClientEmail(String clientEmail) {
        this.clientEmail = clientEmail;
    }

    public AccessChoices getAsked() {
        return asked;
    }
}
