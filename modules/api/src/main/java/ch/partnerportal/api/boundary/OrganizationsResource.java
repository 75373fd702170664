package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.api.bodies.Invitation;
import ch.partnerportal.api.bodies.InvitationList;
import ch.partnerportal.api.bodies.Member;
import ch.partnerportal.api.bodies.MemberChange;
import ch.partnerportal.api.bodies.NewInvitation;
import ch.partnerportal.api.bodies.OrganizationChange;
import ch.partnerportal.api.bodies.Patch;
import ch.partnerportal.api.bodies.MemberPage;
import ch.partnerportal.api.bodies.Organization;
import ch.partnerportal.api.bodies.OrganizationList;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.boundary.Accounts;
import ch.partnerportal.tenancy.api.InvitationRequest;
import ch.partnerportal.tenancy.api.InvitationView;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.OrganizationDetails;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.invitations.boundary.Invitations;
import ch.partnerportal.tenancy.organizations.boundary.Memberships;
import ch.partnerportal.tenancy.organizations.boundary.Organizations;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * Organizations the caller belongs to, their users and invitations. The organization id in the path
 * is how an API client switches between organizations (ORG-2); every call is checked against the
 * caller's membership by the facades. A partner's user with full access (PAR-5) lists, changes, removes
 * and invites the client's users too, never its legal representatives.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations")
@APIResponse(responseCode = "400", description = "API-001 malformed body, TEN-106 invalid e-mail, TEN-107/108 "
        + "name missing or too long, TEN-109 unknown role, TEN-116 unknown country, TEN-119/121 unknown vocabulary")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-102 only a legal representative or an administrator, "
        + "TEN-105 only a legal representative, TEN-136 a partner does not act on legal representatives")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, TEN-103 no such member, "
        + "TEN-112 no such invitation")
@APIResponse(responseCode = "409", description = "TEN-104 the last legal representative cannot go, "
        + "TEN-110 already a member, TEN-111 invitation pending, API-007 concurrent change")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class OrganizationsResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    @Inject
    Memberships memberships;

    @Inject
    Invitations invitations;

    @Context
    UriInfo uri;

    @APIResponse(responseCode = "200", description = "OK")
    @GET
    public OrganizationList mine() throws Refusal {
        return new OrganizationList(accounts.organizations().stream().map(Organization::of).toList());
    }

    @APIResponse(responseCode = "200", description = "OK")
    @GET
    @Path("{organization}")
    public Organization details(@PathParam("organization") String organization) throws Refusal {
        return Organization.of(organizations.details(organization));
    }

    /** Merge-patch of the details (ORG-3): absent fields keep their value, null clears an optional one. */
    @APIResponse(responseCode = "200", description = "OK")
    @PATCH
    @Path("{organization}")
    public Organization changeDetails(@PathParam("organization") String organization,
                                      @RequestBody(content = {
                                              @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = OrganizationChange.class)),
                                              @Content(mediaType = MediaType.APPLICATION_JSON,
                                                      schema = @Schema(implementation = OrganizationChange.class))})
                                      Patch<OrganizationChange> patch) throws Refusal {
        OrganizationView current = organizations.details(organization);
        OrganizationChange change = patch.values();
        OrganizationDetails details = new OrganizationDetails(
                patch.has("name") ? change.name() : current.name(),
                patch.has("street") ? change.street() : current.street(),
                patch.has("postalCode") ? change.postalCode() : current.postalCode(),
                patch.has("city") ? change.city() : current.city(),
                patch.has("country") ? change.country() : current.country(),
                patch.has("vatNumber") ? change.vatNumber() : current.vatNumber());
        return Organization.of(organizations.changeDetails(organization, details));
    }

    @APIResponse(responseCode = "200", description = "OK")
    @GET
    @Path("{organization}/users")
    public MemberPage users(@PathParam("organization") String organization, @QueryParam("search") String search,
                            @QueryParam("first") String first, @QueryParam("size") String size,
                            @QueryParam("sort") String sort, @QueryParam("descending") String descending)
            throws Refusal {
        Paging paging = Paging.read(first, size, 50, Memberships.MAX_PAGE, sort, Memberships.SORTS, descending);
        return MemberPage.of(memberships.members(organization, Paging.search(search), paging.first(),
                paging.size(), paging.sort(), paging.descending()));
    }

    @APIResponse(responseCode = "200", description = "OK")
    @GET
    @Path("{organization}/users/{account}")
    public Member user(@PathParam("organization") String organization, @PathParam("account") String account)
            throws Refusal {
        return Member.of(memberships.member(organization, account));
    }

    /** ORG-6: role, product permissions and contact preferences; absent fields keep their value. */
    @APIResponse(responseCode = "200", description = "OK")
    @PATCH
    @Path("{organization}/users/{account}")
    public Member changeUser(@PathParam("organization") String organization,
                             @PathParam("account") String account,
                             @RequestBody(content = {
                                     @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = MemberChange.class)),
                                     @Content(mediaType = MediaType.APPLICATION_JSON,
                                             schema = @Schema(implementation = MemberChange.class))})
                             Patch<MemberChange> patch) throws Refusal {
        MemberChange change = patch.values();
        MemberView current = memberships.change(organization, account,
                patch.has("role") ? Representations.role(change.role()) : null,
                patch.has("permissions") ? Representations.permissions(change.permissions()) : null,
                patch.has("contacts") ? Representations.contacts(change.contacts()) : null);
        return Member.of(current);
    }

    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("{organization}/users/{account}")
    public Response removeUser(@PathParam("organization") String organization, @PathParam("account") String account)
            throws Refusal {
        memberships.remove(organization, List.of(account));
        return Response.noContent().build();
    }

    /** ORG-5: several users at once, all or none: {@code DELETE .../users?id=a&id=b}. */
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("{organization}/users")
    public Response removeUsers(@PathParam("organization") String organization, @QueryParam("id") List<String> ids)
            throws Refusal {
        memberships.remove(organization, ids);
        return Response.noContent().build();
    }

    /** ORG-5: the caller leaves the organization. */
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("{organization}/membership")
    public Response leave(@PathParam("organization") String organization) throws Refusal {
        memberships.leave(organization);
        return Response.noContent().build();
    }

    @APIResponse(responseCode = "200", description = "OK")
    @GET
    @Path("{organization}/invitations")
    public InvitationList invitations(@PathParam("organization") String organization) throws Refusal {
        return new InvitationList(invitations.pending(organization).stream().map(Invitation::of).toList());
    }

    /** ORG-4: invite by e-mail with role, permissions and contact preferences. */
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Invitation.class)))
    @POST
    @Path("{organization}/invitations")
    public Response invite(@PathParam("organization") String organization, NewInvitation body) throws Refusal {
        InvitationView view = invitations.invite(organization, new InvitationRequest(body.email(),
                Representations.role(body.role()), Representations.permissions(body.permissions()),
                Representations.contacts(body.contacts()), body.language()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
                .entity(Invitation.of(view)).build();
    }

    @APIResponse(responseCode = "200", description = "OK")
    @POST
    @Path("{organization}/invitations/{invitation}/resend")
    public Invitation resend(@PathParam("organization") String organization,
                             @PathParam("invitation") String invitation) throws Refusal {
        return Invitation.of(invitations.resend(organization, invitation));
    }

    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("{organization}/invitations/{invitation}")
    public Response withdraw(@PathParam("organization") String organization,
                             @PathParam("invitation") String invitation) throws Refusal {
        invitations.withdraw(organization, invitation);
        return Response.noContent().build();
    }
}
