package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.api.bodies.Invitation;
import ch.partnerportal.api.bodies.Organization;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.invitations.boundary.Invitations;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The invitation link's secret: read it before logging in, accept it once logged in (ORG-2). */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/invitations/{token}")
@APIResponse(responseCode = "404", description = "TEN-112 no invitation with this link")
@APIResponse(responseCode = "410", description = "TEN-113 expired, TEN-114 already used, TEN-120 withdrawn")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationLinksResource {

    @Inject
    Invitations invitations;

    @Inject
    JsonWebToken jwt;

    @Context
    HttpHeaders headers;

    @GET
    @APIResponse(responseCode = "200", description = "OK")
    public Invitation preview(@PathParam("token") String token) throws Refusal {
        return Invitation.of(invitations.preview(token));
    }

    @POST
    @APIResponse(responseCode = "200", description = "Joined: the organization")
    @APIResponse(responseCode = "401", description = "API-002 no bearer token")
    @APIResponse(responseCode = "403", description = "TEN-115 the invitation is for another address")
    @APIResponse(responseCode = "409", description = "TEN-110 already a member")
    @Path("acceptance")
    public Organization accept(@PathParam("token") String token) throws Refusal {
        String language = headers.getAcceptableLanguages().isEmpty() ? "en"
                : headers.getAcceptableLanguages().get(0).getLanguage();
        return Organization.of(invitations.accept(token, jwt.getClaim("name"), language));
    }
}
