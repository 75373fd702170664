package ch.partnerportal.console.partner;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.partner.api.ActingFor;
import ch.partnerportal.partner.relationships.boundary.ActingClients;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * On the home page of a partner's user: the clients it acts for (all of them for the partner's legal
 * representatives and administrators, the assigned ones for its collaborators), found by name, and
 * entering one, after which every page works in the client's account under the banner.
 */
@Named
@ViewScoped
public class ActingClientsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    ActingClients clients;

    private String search;
    private List<ActingFor> list;

    /** Empty in a client's account, and for an organization that acts for nobody. */
    public List<ActingFor> getList() {
        if (list == null) {
            list = List.of();
            String own = session.getOwnOrganizationId();
            if (session.getActing() == null && own != null) {
                Feedback.done(() -> list = clients.of(own, search));
            }
        }
        return list;
    }

    /** Whether the panel shows: the organization acts for a client, or a search found none. */
    public boolean isShown() {
        return !getList().isEmpty() || search != null && !search.isBlank();
    }

    public void find() {
        list = null;
    }

    public void enter(String relationshipId) throws IOException {
        String own = session.getOwnOrganizationId();
        if (Feedback.done(() -> session.enter(clients.enter(own, relationshipId)))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/products.xhtml");
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
