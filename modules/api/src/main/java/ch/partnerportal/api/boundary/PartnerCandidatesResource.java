package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.PartnerCandidate;
import ch.partnerportal.api.bodies.PartnerCandidateList;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.relationships.boundary.Relationships;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** PAR-4: the partners of the programme a client may authorize, found by name or e-mail. */
// one instance for all requests: made and injected once, not per request
@ApplicationScoped
@Path("1/organizations/{organization}/partner-candidates")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-102 only a legal representative or an administrator looks")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
public class PartnerCandidatesResource {

    @Inject
    Relationships relationships;

    @GET
    @APIResponse(responseCode = "200", description = "Partners of the programme whose name contains the text, or one "
            + "of whose members has that address (at least 2 characters; at most 20, by name)")
    public PartnerCandidateList candidates(@PathParam("organization") String organization,
                                           @QueryParam("search") String search) throws Refusal {
        return new PartnerCandidateList(relationships.partners(organization, search).stream()
                .map(PartnerCandidate::of).toList());
    }

}
