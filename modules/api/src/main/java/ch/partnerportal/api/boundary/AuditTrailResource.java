package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.api.bodies.AuditTrailPage;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.audit.boundary.AuditTrail;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;


/**
 * An organization's audit trail: what was changed or refused on behalf of someone who is not a member
 * acting in the portal (today: administrators of Keycloak in Keycloak's console), newest first.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-102 only a legal representative or an administrator")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
public class AuditTrailResource {

    @Inject
    AuditTrail trail;

    @GET
    @APIResponse(responseCode = "200", description = "The entries, newest first" + Paging.PAGE)
    @APIResponse(responseCode = "400", description = "API-013 first or size out of range")
    public AuditTrailPage entries(@PathParam("organization") String organization, @QueryParam("first") String first,
                                  @QueryParam("size") String size) throws Refusal {
        Paging paging = Paging.newestFirst(first, size, AuditTrail.MAX_PAGE);
        return AuditTrailPage.of(trail.entries(organization, paging.first(), paging.size()));
    }
}
