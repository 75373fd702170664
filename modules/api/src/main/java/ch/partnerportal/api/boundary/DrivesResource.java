package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.Drive;
import ch.partnerportal.api.bodies.DriveChange;
import ch.partnerportal.api.bodies.DriveGrantRequest;
import ch.partnerportal.api.bodies.DriveList;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.DriveView;
import ch.partnerportal.services.drives.boundary.Drives;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The drives of a kDrive product (the {@code kdrive} permission): quotas and users with roles. */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/products/{product}/drives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 the kdrive permission is needed"
        + ", TEN-135 beyond what the client grants your partner")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, SRV-401 no such product "
        + "in this organization, SRV-402 the product is not a kDrive, SRV-480 no such drive")
@APIResponse(responseCode = "409", description = "SRV-403 the product is blocked")
@APIResponse(responseCode = "410", description = "SRV-404 the product was terminated")
public class DrivesResource {

    @Inject
    Drives drives;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "The drives by name")
    public DriveList list(@PathParam("organization") String organization, @PathParam("product") String product)
            throws Refusal {
        return new DriveList(drives.list(organization, product).stream().map(Drive::of).toList());
    }

    @POST
    @APIResponse(responseCode = "201", description = "The drive, made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Drive.class)))
    @APIResponse(responseCode = "400", description = "SRV-481 a name of 1 to 80 characters, SRV-418 a quota of 1 "
            + "to 100000 GB, SRV-414 quotaGb missing")
    public Response create(@PathParam("organization") String organization, @PathParam("product") String product,
                           DriveChange body) throws Refusal {
        DriveView made = drives.create(organization, product, body.name(), body.quotaGb());
        return Response.created(uri.getAbsolutePathBuilder().path(made.id()).build()).entity(Drive.of(made)).build();
    }

    @GET
    @Path("{drive}")
    @APIResponse(responseCode = "200", description = "The drive with who may use it and how")
    public Drive get(@PathParam("organization") String organization, @PathParam("product") String product,
                     @PathParam("drive") String drive) throws Refusal {
        return Drive.of(drives.get(organization, product, drive));
    }

    @PATCH
    @Path("{drive}")
    @APIResponse(responseCode = "200", description = "Renamed and/or with another quota")
    @APIResponse(responseCode = "400", description = "SRV-481 a name of 1 to 80 characters, SRV-418 a quota of 1 "
            + "to 100000 GB")
    public Drive change(@PathParam("organization") String organization, @PathParam("product") String product,
                        @PathParam("drive") String drive, DriveChange body) throws Refusal {
        return Drive.of(drives.change(organization, product, drive, body.name(), body.quotaGb()));
    }

    @DELETE
    @Path("{drive}")
    @APIResponse(responseCode = "204", description = "The drive is gone")
    public Response delete(@PathParam("organization") String organization, @PathParam("product") String product,
                           @PathParam("drive") String drive) throws Refusal {
        drives.delete(organization, product, drive);
        return Response.noContent().build();
    }

    @PUT
    @Path("{drive}/members/{account}")
    @APIResponse(responseCode = "200", description = "The member's own role, which overrides their teams' (ORG-8)")
    @APIResponse(responseCode = "400", description = "SRV-482 read, write or manage, SRV-483 not a member")
    public Drive grant(@PathParam("organization") String organization, @PathParam("product") String product,
                       @PathParam("drive") String drive, @PathParam("account") String account,
                       DriveGrantRequest body) throws Refusal {
        return Drive.of(drives.grant(organization, product, drive, account, body.role()));
    }

    @DELETE
    @Path("{drive}/members/{account}")
    @APIResponse(responseCode = "200", description = "The member has no role of their own (their teams' may remain)")
    public Drive revoke(@PathParam("organization") String organization, @PathParam("product") String product,
                        @PathParam("drive") String drive, @PathParam("account") String account) throws Refusal {
        return Drive.of(drives.revoke(organization, product, drive, account));
    }

    @PUT
    @Path("{drive}/teams/{team}")
    @APIResponse(responseCode = "200", description = "A role for the team's members (ORG-8)")
    @APIResponse(responseCode = "400", description = "SRV-482 read, write or manage, SRV-484 no such team")
    public Drive grantTeam(@PathParam("organization") String organization, @PathParam("product") String product,
                           @PathParam("drive") String drive, @PathParam("team") String team,
                           DriveGrantRequest body) throws Refusal {
        return Drive.of(drives.grantTeam(organization, product, drive, team, body.role()));
    }

    @DELETE
    @Path("{drive}/teams/{team}")
    @APIResponse(responseCode = "200", description = "The team has no role in the drive")
    public Drive revokeTeam(@PathParam("organization") String organization, @PathParam("product") String product,
                            @PathParam("drive") String drive, @PathParam("team") String team) throws Refusal {
        return Drive.of(drives.revokeTeam(organization, product, drive, team));
    }
}
