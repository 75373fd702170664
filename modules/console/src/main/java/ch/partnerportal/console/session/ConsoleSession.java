package ch.partnerportal.console.session;

import ch.partnerportal.identity.api.IdentityProvider;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ActingFor;
import ch.partnerportal.tenancy.accounts.boundary.Accounts;
import ch.partnerportal.tenancy.api.AccountView;
import ch.partnerportal.tenancy.api.OrganizationView;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Who is signed in and which of their organizations they are working in (ORG-2). The first page
 * after login signs the person in, which founds their own organization if they have none (ORG-1).
 * A partner's user may enter a client's account it acts for (PAR-4 to PAR-6): the pages then work in
 * the client's organization, which the decision point checks at every call, and the banner says whose
 * account it is and as which partner until the user leaves it or switches organization.
 */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    IdentityProvider identity;

    @Inject
    Language language;

    private AccountView account;
    private List<OrganizationView> organizations = List.of();
    private String currentOrganizationId;
    private ActingFor acting;

    public AccountView getAccount() {
        ensureSignedIn();
        return account;
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    private void ensureSignedIn() {
        if (account != null) {
            return;
        }
        try {
            String login = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
            account = accounts.signIn(identity.displayName(login).orElse(null), language.getCode());
            refresh();
        } catch (Refusal refusal) {
            throw new IllegalStateException("Sign-in refused: " + refusal.getMessage(), refusal);
        }
    }

    /** Reloads the organizations after a membership changed; keeps the current one when possible. */
    public void refresh() {
        try {
            account = accounts.me();
            organizations = accounts.organizations();
        } catch (Refusal refusal) {
            organizations = List.of();
        }
        if (organizations.stream().noneMatch(o -> o.id().equals(currentOrganizationId))) {
            currentOrganizationId = organizations.isEmpty() ? null : organizations.get(0).id();
        }
    }

    public List<OrganizationView> getOrganizations() {
        ensureSignedIn();
        return organizations;
    }

    /** The organization the pages work in: the client's while one is entered. */
    public String getCurrentOrganizationId() {
        ensureSignedIn();
        return acting != null ? acting.clientOrganizationId() : currentOrganizationId;
    }

    /** For servlets beside the pages: the organization chosen in this session, without signing in. */
    public String currentOrganizationIdOrNull() {
        return acting != null ? acting.clientOrganizationId() : currentOrganizationId;
    }

    /** The switcher's choice among the user's own organizations; choosing one leaves a client's account. */
    public String getOwnOrganizationId() {
        ensureSignedIn();
        return currentOrganizationId;
    }

    public void setOwnOrganizationId(String id) {
        this.currentOrganizationId = id;
        this.acting = null;
    }

    /** The user's own organization it works in; none while it acts in a client's account. */
    public OrganizationView getCurrent() {
        ensureSignedIn();
        return current().orElse(null);
    }

    public Optional<OrganizationView> current() {
        return acting != null ? Optional.empty()
                : organizations.stream().filter(o -> o.id().equals(currentOrganizationId)).findFirst();
    }

    /** The client's account the user works in as a partner's user, or null. */
    public ActingFor getActing() {
        return acting;
    }

    /** Whether the user acts in a client's account with access to all of it (PAR-5): its users too. */
    public boolean isActingWithFullAccess() {
        return acting != null && acting.full();
    }

    /** Works in the client's account from the next page on; the decision point confirmed it may. */
    public void enter(ActingFor client) {
        this.acting = client;
    }

    /** Back to the partner's own organization, on the page the user left from. */
    public void leave() throws IOException {
        String partner = acting == null ? currentOrganizationId : acting.partnerOrganizationId();
        acting = null;
        currentOrganizationId = partner;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
    }

    /** Makes an organization current, for example the one just joined. */
    public void select(String organizationId) {
        refresh();
        if (organizations.stream().anyMatch(o -> o.id().equals(organizationId))) {
            currentOrganizationId = organizationId;
            acting = null;
        }
    }

    /** Switcher: reloads the page so every part shows the newly chosen organization. */
    public void switched() throws IOException {
        refresh();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    public void chooseLanguage(String code) throws IOException {
        language.choose(code);
        if (account != null) {
            try {
                accounts.preferLanguage(code);
            } catch (Refusal ignored) {
                // not signed in any more: the choice still holds for this session
            }
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String token = external.getRequestParameterMap().get("token");
        external.redirect(external.getRequestContextPath() + FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }
}
