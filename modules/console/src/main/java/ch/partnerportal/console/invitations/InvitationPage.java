package ch.partnerportal.console.invitations;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.InvitationView;
import ch.partnerportal.tenancy.invitations.boundary.Invitations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Public page of the e-mailed link: shows the invitation before anyone logs in. */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Invitations invitations;

    private String token;
    private InvitationView invitation;

    public void load() {
        try {
            invitation = invitations.preview(token);
        } catch (Refusal refusal) {
            invitation = null;
            Feedback.refusal(refusal);
        }
    }

    public String getAcceptUrl() {
        return "app/accept.xhtml?token=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public InvitationView getInvitation() {
        return invitation;
    }
}
