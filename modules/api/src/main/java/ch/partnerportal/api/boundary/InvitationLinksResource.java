package ch.partnerportal.api.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.invitations.boundary.Invitations;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.json.JsonObject;
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
@Path("1/invitations/{token}")
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
    public JsonObject preview(@PathParam("token") String token) throws Refusal {
        return Representations.invitation(invitations.preview(token));
    }

    @POST
    @APIResponse(responseCode = "200", description = "Joined: the organization")
    @Path("acceptance")
    public JsonObject accept(@PathParam("token") String token) throws Refusal {
        String language = headers.getAcceptableLanguages().isEmpty() ? "en"
                : headers.getAcceptableLanguages().get(0).getLanguage();
        return Representations.organization(invitations.accept(token, jwt.getClaim("name"), language));
    }
}
