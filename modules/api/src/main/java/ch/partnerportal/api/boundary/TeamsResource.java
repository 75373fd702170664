package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.Team;
import ch.partnerportal.api.bodies.TeamChange;
import ch.partnerportal.api.bodies.TeamList;
import ch.partnerportal.api.bodies.TeamMember;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.TeamView;
import ch.partnerportal.tenancy.teams.boundary.Teams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

/** ORG-8: the organization's work teams; members are told of every change that concerns them. */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-102 only a legal representative or an administrator")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, TEN-130 no such team")
public class TeamsResource {

    @Inject
    Teams teams;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "The teams by name; every member sees them")
    public TeamList list(@PathParam("organization") String organization) throws Refusal {
        return new TeamList(teams.list(organization).stream().map(Team::of).toList());
    }

    @POST
    @APIResponse(responseCode = "201", description = "The team, made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Team.class)))
    @APIResponse(responseCode = "400", description = "TEN-131 a name of 1 to 60 characters, TEN-119 unknown permission")
    @APIResponse(responseCode = "409", description = "TEN-132 a team of that name exists")
    public Response create(@PathParam("organization") String organization, TeamChange body) throws Refusal {
        TeamView made = teams.create(organization, body.name(), Representations.permissions(body.permissions()));
        return Response.created(uri.getAbsolutePathBuilder().path(made.id()).build()).entity(Team.of(made)).build();
    }

    @PATCH
    @Path("{team}")
    @APIResponse(responseCode = "200", description = "Renamed and/or with other permissions (its members are told)")
    @APIResponse(responseCode = "400", description = "TEN-131 a name of 1 to 60 characters, TEN-119 unknown permission")
    @APIResponse(responseCode = "409", description = "TEN-132 a team of that name exists")
    public Team change(@PathParam("organization") String organization, @PathParam("team") String team,
                       TeamChange body) throws Refusal {
        return Team.of(teams.change(organization, team, body.name(),
                body.permissions() == null ? null : Representations.permissions(body.permissions())));
    }

    @DELETE
    @Path("{team}")
    @APIResponse(responseCode = "204", description = "The team is gone; its members are told")
    public Response delete(@PathParam("organization") String organization, @PathParam("team") String team)
            throws Refusal {
        teams.delete(organization, team);
        return Response.noContent().build();
    }

    @POST
    @Path("{team}/members")
    @APIResponse(responseCode = "200", description = "The team with the member (who is told)")
    @APIResponse(responseCode = "400", description = "TEN-133 not a member of the organization")
    public Team addMember(@PathParam("organization") String organization, @PathParam("team") String team,
                          TeamMember body) throws Refusal {
        return Team.of(teams.addMember(organization, team, body.accountId()));
    }

    @DELETE
    @Path("{team}/members/{account}")
    @APIResponse(responseCode = "200", description = "The team without the member (who is told)")
    public Team removeMember(@PathParam("organization") String organization, @PathParam("team") String team,
                             @PathParam("account") String account) throws Refusal {
        return Team.of(teams.removeMember(organization, team, account));
    }
}
