package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.PartnerClient;
import ch.partnerportal.api.bodies.PartnerClientList;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.relationships.boundary.ActingClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * PAR-4 to PAR-6: the clients the calling user of a partner acts for: every active client for its
 * legal representatives and administrators, the assigned ones for its collaborators.
 */
// one instance for all requests: made and injected once, not per request
@ApplicationScoped
@Path("1/organizations/{organization}/partner-clients")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "API-013 a search longer than allowed or not on one line")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
public class PartnerClientsResource {

    @Inject
    ActingClients clients;

    @GET
    @APIResponse(responseCode = "200", description = "At most 50, by name: without a search those accepted last, "
            + "with one those whose name, id or a member's address contains it")
    public PartnerClientList clients(@PathParam("organization") String organization,
                                     @QueryParam("search") String search) throws Refusal {
        return new PartnerClientList(clients.of(organization, Paging.search(search)).stream()
                .map(PartnerClient::of).toList());
    }
}
