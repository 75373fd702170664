package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.NewElevation;
import ch.partnerportal.api.bodies.PartnerElevation;
import ch.partnerportal.api.bodies.PartnerElevationList;
import ch.partnerportal.api.bodies.RelationshipNote;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.relationships.boundary.Elevations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Just-in-time elevation on a client's account: a partner user acting for the client asks for more for
 * a few hours, the client's legal representatives approve or refuse, and either ends it sooner.
 */
// one instance for all requests: made and injected once, not per request
@ApplicationScoped
@Path("1/organizations/{organization}/partner-elevations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-102 only a legal representative or an administrator of the "
        + "client, or a partner user acting for it, sees them")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, nor a client you act for")
public class PartnerElevationsResource {

    private static final String ELEVATION = "{elevation}";
    private static final String NOT_FOUND = "PRT-551 not one of the client's elevations, or another partner user's";

    @Inject
    Elevations elevations;

    @GET
    @APIResponse(responseCode = "200", description = "The client's elevations, or a partner user's own, the latest first")
    public PartnerElevationList list(@PathParam("organization") String organization) throws Refusal {
        return new PartnerElevationList(elevations.of(organization).stream().map(PartnerElevation::of).toList());
    }

    @GET
    @Path(ELEVATION)
    @APIResponse(responseCode = "200", description = "The elevation")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PartnerElevation find(@PathParam("organization") String organization,
                                 @PathParam("elevation") String elevation) throws Refusal {
        return PartnerElevation.of(elevations.find(organization, elevation));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Asked: the client's legal representatives are told by e-mail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerElevation.class)))
    @APIResponse(responseCode = "400", description = "PRT-527 to PRT-533, PRT-538 an access not well formed, "
            + "PRT-546 not 1 to 8 hours, PRT-547 no reason or one too long")
    @APIResponse(responseCode = "409", description = "PRT-548 the whole account is reached already, PRT-549 a "
            + "member of the client, PRT-550 an elevation is pending or running")
    public Response ask(@PathParam("organization") String organization, NewElevation body) throws Refusal {
        return Response.status(Response.Status.CREATED)
                .entity(PartnerElevation.of(elevations.ask(organization, body.request()))).build();
    }

    @POST
    @Path(ELEVATION + "/approval")
    @APIResponse(responseCode = "200", description = "Approved: it holds from now for the hours asked; the user is told")
    @APIResponse(responseCode = "400", description = "PRT-540 a note too long")
    @APIResponse(responseCode = "403", description = "PRT-555 only the client's legal representatives approve, "
            + "TEN-134 a legal representative's decision")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "PRT-552 already answered, withdrawn or ended, PRT-535 the "
            + "relationship is not active")
    @APIResponse(responseCode = "410", description = "PRT-553 nobody answered in time: it lapsed")
    public PartnerElevation approve(@PathParam("organization") String organization,
                                    @PathParam("elevation") String elevation, RelationshipNote body) throws Refusal {
        return PartnerElevation.of(elevations.approve(organization, elevation, body == null ? null : body.note()));
    }

    @POST
    @Path(ELEVATION + "/refusal")
    @APIResponse(responseCode = "200", description = "Refused; the user is told")
    @APIResponse(responseCode = "400", description = "PRT-540 a note too long")
    @APIResponse(responseCode = "403", description = "PRT-555 only the client's legal representatives refuse, "
            + "TEN-134 a legal representative's decision")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "PRT-552 already answered, withdrawn or ended")
    @APIResponse(responseCode = "410", description = "PRT-553 nobody answered in time: it lapsed")
    public PartnerElevation refuse(@PathParam("organization") String organization,
                                   @PathParam("elevation") String elevation, RelationshipNote body) throws Refusal {
        return PartnerElevation.of(elevations.refuse(organization, elevation, body == null ? null : body.note()));
    }

    @POST
    @Path(ELEVATION + "/ending")
    @APIResponse(responseCode = "200", description = "Ended before its time, or withdrawn while it waited")
    @APIResponse(responseCode = "403", description = "TEN-134 a legal representative of the client, or the user "
            + "who asked, ends it")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "PRT-554 neither waiting nor running")
    public PartnerElevation end(@PathParam("organization") String organization,
                                @PathParam("elevation") String elevation) throws Refusal {
        return PartnerElevation.of(elevations.end(organization, elevation));
    }
}
