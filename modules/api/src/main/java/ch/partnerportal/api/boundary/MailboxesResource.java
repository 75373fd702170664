package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.Forwarding;
import ch.partnerportal.api.bodies.MailAddresses;
import ch.partnerportal.api.bodies.Mailbox;
import ch.partnerportal.api.bodies.MailboxPage;
import ch.partnerportal.api.bodies.MailboxPassword;
import ch.partnerportal.api.bodies.MailboxReader;
import ch.partnerportal.api.bodies.NewMailbox;
import ch.partnerportal.api.bodies.PasswordChoices;
import ch.partnerportal.api.bodies.TeamReader;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.MailboxView;
import ch.partnerportal.services.mail.boundary.Mailboxes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The mailboxes of a mail service (the {@code mail} permission), IDN-2 and IDN-3. */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/products/{product}/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 the mail permission is needed"
        + ", TEN-135 beyond what the client grants your partner")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, SRV-401 no such product "
        + "in this organization, SRV-402 the product is not a mail service, SRV-454 no such mailbox")
@APIResponse(responseCode = "410", description = "SRV-404 the product was terminated")
public class MailboxesResource {

    @Inject
    Mailboxes mailboxes;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "The mailboxes by address; search narrows to addresses that "
            + "contain it" + Paging.PAGE)
    @APIResponse(responseCode = "400", description = "API-013 first, size or search out of range")
    public MailboxPage list(@PathParam("organization") String organization, @PathParam("product") String product,
                            @QueryParam("search") String search, @QueryParam("first") String first,
                            @QueryParam("size") String size) throws Refusal {
        Paging paging = Paging.read(first, size, 50, Mailboxes.MAX_PAGE, null, List.of("address"), null);
        return MailboxPage.of(mailboxes.list(organization, product, Paging.search(search), paging.first(),
                paging.size()));
    }

    @POST
    @APIResponse(responseCode = "201", description = "The mailbox, made; its password is shown to nobody again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Mailbox.class)))
    @APIResponse(responseCode = "400", description = "SRV-450 not an address, SRV-451 a domain the organization "
            + "does not hold, SRV-440 to SRV-443 the password is refused")
    @APIResponse(responseCode = "409", description = "SRV-452 a domain another organization holds, SRV-453 the "
            + "address is taken, SRV-460 the service is full, SRV-403 the product is blocked")
    public Response create(@PathParam("organization") String organization, @PathParam("product") String product,
                           NewMailbox body) throws Refusal {
        MailboxView made = mailboxes.create(organization, product, body.address(), body.password());
        return Response.created(uri.getAbsolutePathBuilder().path(made.id()).build()).entity(Mailbox.of(made)).build();
    }

    @GET
    @Path("{mailbox}")
    @APIResponse(responseCode = "200", description = "The mailbox")
    public Mailbox get(@PathParam("organization") String organization, @PathParam("product") String product,
                       @PathParam("mailbox") String mailbox) throws Refusal {
        return Mailbox.of(mailboxes.get(organization, product, mailbox));
    }

    @DELETE
    @Path("{mailbox}")
    @APIResponse(responseCode = "204", description = "The mailbox is gone")
    @APIResponse(responseCode = "409", description = "SRV-403 the product is blocked")
    public Response delete(@PathParam("organization") String organization, @PathParam("product") String product,
                           @PathParam("mailbox") String mailbox) throws Refusal {
        mailboxes.delete(organization, product, mailbox);
        return Response.noContent().build();
    }

    @GET
    @Path("{mailbox}/password-options")
    @APIResponse(responseCode = "200", description = "IDN-3: whether unification with a login password is offered")
    public PasswordChoices passwordOptions(@PathParam("organization") String organization,
                                           @PathParam("product") String product,
                                           @PathParam("mailbox") String mailbox) throws Refusal {
        return PasswordChoices.of(mailboxes.passwordOptions(organization, product, mailbox));
    }

    @PUT
    @Path("{mailbox}/password")
    @APIResponse(responseCode = "200", description = "IDN-2: a new password of its own, or IDN-3: unified with the "
            + "login password; no login password changes")
    @APIResponse(responseCode = "400", description = "SRV-440 to SRV-443 the password is refused, SRV-461 neither "
            + "a password nor unification")
    @APIResponse(responseCode = "409", description = "SRV-456 unification is not offered, SRV-403 the product is "
            + "blocked")
    public Mailbox password(@PathParam("organization") String organization, @PathParam("product") String product,
                            @PathParam("mailbox") String mailbox, MailboxPassword body) throws Refusal {
        if (Boolean.TRUE.equals(body.unifyWithLoginPassword())) {
            return Mailbox.of(mailboxes.unify(organization, product, mailbox));
        }
        return Mailbox.of(mailboxes.changePassword(organization, product, mailbox, body.password()));
    }

    @POST
    @Path("{mailbox}/readers")
    @APIResponse(responseCode = "200", description = "The mailbox with its readers; a second reader ends a "
            + "unification and its account is told")
    @APIResponse(responseCode = "400", description = "SRV-455 not a member of the organization")
    public Mailbox addReader(@PathParam("organization") String organization, @PathParam("product") String product,
                             @PathParam("mailbox") String mailbox, MailboxReader body) throws Refusal {
        return Mailbox.of(mailboxes.addReader(organization, product, mailbox, body.accountId()));
    }

    @POST
    @Path("{mailbox}/team-readers")
    @APIResponse(responseCode = "200", description = "A team whose members read the mailbox too (ORG-8: they add "
            + "up with its own readers); it ends a unification")
    @APIResponse(responseCode = "400", description = "SRV-484 no such team")
    public Mailbox addTeamReader(@PathParam("organization") String organization, @PathParam("product") String product,
                                 @PathParam("mailbox") String mailbox, TeamReader body) throws Refusal {
        return Mailbox.of(mailboxes.addTeamReader(organization, product, mailbox, body.teamId()));
    }

    @DELETE
    @Path("{mailbox}/team-readers/{team}")
    @APIResponse(responseCode = "200", description = "The mailbox without that team's reading")
    public Mailbox removeTeamReader(@PathParam("organization") String organization,
                                    @PathParam("product") String product, @PathParam("mailbox") String mailbox,
                                    @PathParam("team") String team) throws Refusal {
        return Mailbox.of(mailboxes.removeTeamReader(organization, product, mailbox, team));
    }

    @DELETE
    @Path("{mailbox}/readers/{account}")
    @APIResponse(responseCode = "200", description = "The mailbox with its readers")
    public Mailbox removeReader(@PathParam("organization") String organization, @PathParam("product") String product,
                                @PathParam("mailbox") String mailbox, @PathParam("account") String account)
            throws Refusal {
        return Mailbox.of(mailboxes.removeReader(organization, product, mailbox, account));
    }

    @PUT
    @Path("{mailbox}/aliases")
    @APIResponse(responseCode = "200", description = "The mailbox with these aliases")
    @APIResponse(responseCode = "400", description = "SRV-450 not an address, SRV-451 a domain the organization "
            + "does not hold, SRV-457 too many")
    @APIResponse(responseCode = "409", description = "SRV-452 a domain another organization holds, SRV-453 taken")
    public Mailbox aliases(@PathParam("organization") String organization, @PathParam("product") String product,
                           @PathParam("mailbox") String mailbox, MailAddresses body) throws Refusal {
        return Mailbox.of(mailboxes.aliases(organization, product, mailbox, body.addresses()));
    }

    @PUT
    @Path("{mailbox}/forwarding")
    @APIResponse(responseCode = "200", description = "The mailbox with this forwarding")
    @APIResponse(responseCode = "400", description = "SRV-450 not an address, SRV-457 too many, SRV-458 itself")
    public Mailbox forwarding(@PathParam("organization") String organization, @PathParam("product") String product,
                              @PathParam("mailbox") String mailbox, Forwarding body) throws Refusal {
        return Mailbox.of(mailboxes.forwarding(organization, product, mailbox, body.addresses(),
                body.keepCopy() == null || body.keepCopy()));
    }
}
