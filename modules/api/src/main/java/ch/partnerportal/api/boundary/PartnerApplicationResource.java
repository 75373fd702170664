package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.PartnerApplicationRequest;
import ch.partnerportal.api.bodies.PartnerStanding;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.applications.boundary.PartnerApplications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * PAR-1 for the applying organization: its managed value against the threshold with the computation,
 * applying to the partner programme, withdrawing a pending application.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/partner-application")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-102 only a legal representative or an administrator sees it, "
        + "TEN-134 only a legal representative applies or withdraws")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
public class PartnerApplicationResource {

    @Inject
    PartnerApplications applications;

    @GET
    @APIResponse(responseCode = "200", description = "The managed value, the threshold and the latest application")
    public PartnerStanding standing(@PathParam("organization") String organization) throws Refusal {
        return PartnerStanding.of(applications.standing(organization));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Applied: pending until a platform administrator decides; the "
            + "applicant is told by e-mail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerStanding.class)))
    @APIResponse(responseCode = "400", description = "PRT-501 unknown country, PRT-502 or PRT-503 not a UID or a wrong "
            + "check digit, PRT-504 or PRT-505 the same for a SIRET, PRT-506 another register's number malformed, "
            + "PRT-507 not an https website, PRT-508 below the threshold without a commitment that reaches it, "
            + "PRT-510 the current reseller conditions not accepted, PRT-515 a malformed amount")
    @APIResponse(responseCode = "409", description = "PRT-511 a pending application or a partnership exists")
    public Response apply(@PathParam("organization") String organization, PartnerApplicationRequest body)
            throws Refusal {
        return Response.status(Response.Status.CREATED)
                .entity(PartnerStanding.of(applications.apply(organization, body.request()))).build();
    }

    @DELETE
    @APIResponse(responseCode = "200", description = "The pending application is withdrawn")
    @APIResponse(responseCode = "404", description = "PRT-513 no pending application")
    @APIResponse(responseCode = "409", description = "PRT-512 the application was already decided")
    public PartnerStanding withdraw(@PathParam("organization") String organization) throws Refusal {
        return PartnerStanding.of(applications.withdraw(organization));
    }
}
