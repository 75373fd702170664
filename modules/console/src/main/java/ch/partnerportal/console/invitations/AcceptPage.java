package ch.partnerportal.console.invitations;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.identity.api.IdentityProvider;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.invitations.boundary.Invitations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * After login (or registration) through the link: accepts the invitation before anything else signs
 * the person in, so that a new account joins the inviting organization instead of founding its own.
 */
@Named
@ViewScoped
public class AcceptPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Invitations invitations;

    @Inject
    IdentityProvider identity;

    @Inject
    Language language;

    @Inject
    ConsoleSession session;

    private String token;
    private OrganizationView joined;
    private boolean otherAccount;

    public void accept() {
        if (joined != null) {
            return;
        }
        try {
            String login = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
            joined = invitations.accept(token, identity.displayName(login).orElse(null), language.getCode());
            session.select(joined.id());
            Feedback.info("accept.joined", joined.name());
        } catch (Refusal refusal) {
            otherAccount = refusal.errorCode() == TenancyError.INVITATION_FOR_ANOTHER_ACCOUNT;
            Feedback.refusal(refusal);
        }
    }

    /** Logged in as someone else: log out, then come back to the invitation to log in as the invitee. */
    public boolean isOtherAccount() {
        return otherAccount;
    }

    public String getSwitchAccountUrl() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/logout?then=" + URLEncoder.encode(context + "/invitation.xhtml?token="
                + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public OrganizationView getJoined() {
        return joined;
    }
}
