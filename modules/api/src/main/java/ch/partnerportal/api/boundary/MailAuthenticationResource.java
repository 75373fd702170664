package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.MailSignIn;
import ch.partnerportal.api.bodies.MailSignInAnswer;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.services.api.SignInAnswer;
import ch.partnerportal.services.mail.boundary.MailAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The mail servers' authentication backend: is this a mailbox's password? Only the mail system's
 * service account (realm role {@code mail-system}) may ask.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/mail-authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("mail-system")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "Only the mail system's service account asks")
public class MailAuthenticationResource {

    @Inject
    MailAuthentication authentication;

    @POST
    @APIResponse(responseCode = "200", description = "accepted or not; a refusal never says what was wrong")
    @APIResponse(responseCode = "429", description = "SRV-459 too many failures for this address or client lately")
    public MailSignInAnswer signIn(MailSignIn body) throws Refusal {
        SignInAnswer answer = authentication.authenticate(body.address(), body.password(), body.clientAddress());
        if (answer == SignInAnswer.THROTTLED) {
            throw new Refusal(ServicesError.MAIL_LOGIN_THROTTLED);
        }
        return new MailSignInAnswer(answer == SignInAnswer.ACCEPTED);
    }
}
