package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.Days;
import ch.partnerportal.api.bodies.Usage;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.usage.boundary.UsageStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;


/** A product's usage statistics (the statistics right on its kind, apart from technical changes). */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/products/{product}/statistics")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 the permission of the product's kind is needed"
        + ", TEN-135 beyond what the client grants your partner")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, SRV-401 no such product "
        + "in this organization")
@APIResponse(responseCode = "410", description = "SRV-404 the product was terminated")
public class StatisticsResource {

    @Inject
    UsageStatistics statistics;

    @GET
    @APIResponse(responseCode = "200", description = "One series per measure, per day from from to to (both "
            + "included, ISO dates; the last 30 days when left out)")
    @APIResponse(responseCode = "400", description = "API-013 not a date, SRV-470 a period of 1 to 366 days "
            + "ending today at the latest")
    public Usage usage(@PathParam("organization") String organization, @PathParam("product") String product,
                       @QueryParam("from") String from, @QueryParam("to") String to) throws Refusal {
        return Usage.of(statistics.usage(organization, product, Days.parse("from", from), Days.parse("to", to)));
    }
}
