package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.api.bodies.UndeliverableMailPage;
import ch.partnerportal.identity.outbox.boundary.UndeliverableMail;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * For the provider's platform administrators: the e-mails the portal gave up delivering (an address
 * the mail server refuses, a server that stayed unreachable), with the reason; send one again or
 * discard it.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/platform/undeliverable-mail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "API-008 only platform administrators see set-aside e-mails")
public class UndeliverableMailResource {

    @Inject
    UndeliverableMail mail;

    @GET
    @APIResponse(responseCode = "200", description = "The e-mails set aside, newest first" + Paging.PAGE)
    @APIResponse(responseCode = "400", description = "API-013 first or size out of range")
    public UndeliverableMailPage list(@QueryParam("first") String first, @QueryParam("size") String size)
            throws Refusal {
        Paging paging = Paging.newestFirst(first, size, UndeliverableMail.MAX_PAGE);
        return UndeliverableMailPage.of(mail.list(paging.first(), paging.size()));
    }

    @POST
    @Path("{id}/retry")
    @APIResponse(responseCode = "204", description = "Sent again, with all its attempts")
    @APIResponse(responseCode = "404", description = "IDT-201 no set-aside e-mail with this id")
    public Response retry(@PathParam("id") String id) throws Refusal {
        mail.retry(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/discard")
    @APIResponse(responseCode = "204", description = "Given up: never sent, still recorded")
    @APIResponse(responseCode = "404", description = "IDT-201 no set-aside e-mail with this id")
    public Response discard(@PathParam("id") String id) throws Refusal {
        mail.discard(id);
        return Response.noContent().build();
    }
}
