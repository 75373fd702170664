package ch.partnerportal.api.boundary;

import ch.partnerportal.identity.api.UndeliverableMailView;
import ch.partnerportal.identity.outbox.boundary.UndeliverableMail;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
@Path("1/platform/undeliverable-mail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "API-008 only platform administrators see set-aside e-mails")
public class UndeliverableMailResource {

    @Inject
    UndeliverableMail mail;

    @GET
    @APIResponse(responseCode = "200", description = "{items: [{id, recipient, subject, topic, attempts, reason, "
            + "createdAt, setAsideAt}], total}, newest set aside first")
    @APIResponse(responseCode = "400", description = "API-013 first or size out of range")
    public JsonObject list(@QueryParam("first") String first, @QueryParam("size") String size) throws Refusal {
        Paging paging = Paging.newestFirst(first, size, UndeliverableMail.MAX_PAGE);
        return Paging.json(mail.list(paging.first(), paging.size()), UndeliverableMailResource::json);
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

    private static JsonObject json(UndeliverableMailView view) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", view.id()).add("recipient", view.recipient())
                .add("attempts", view.attempts()).add("createdAt", view.createdAt().toString());
        add(json, "subject", view.subject());
        add(json, "topic", view.topic());
        add(json, "reason", view.reason());
        add(json, "setAsideAt", view.setAsideAt() == null ? null : view.setAsideAt().toString());
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
