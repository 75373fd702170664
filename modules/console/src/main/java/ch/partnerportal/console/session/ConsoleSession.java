package ch.partnerportal.console.session;

import ch.partnerportal.identity.api.IdentityProvider;
import ch.partnerportal.kernel.Refusal;
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

    public String getCurrentOrganizationId() {
        ensureSignedIn();
        return currentOrganizationId;
    }

    /** For servlets beside the pages: the organization chosen in this session, without signing in. */
    public String currentOrganizationIdOrNull() {
        return currentOrganizationId;
    }

    public void setCurrentOrganizationId(String id) {
        this.currentOrganizationId = id;
    }

    public OrganizationView getCurrent() {
        ensureSignedIn();
        return current().orElse(null);
    }

    public Optional<OrganizationView> current() {
        return organizations.stream().filter(o -> o.id().equals(currentOrganizationId)).findFirst();
    }

    /** Makes an organization current, for example the one just joined. */
    public void select(String organizationId) {
        refresh();
        if (organizations.stream().anyMatch(o -> o.id().equals(organizationId))) {
            currentOrganizationId = organizationId;
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
