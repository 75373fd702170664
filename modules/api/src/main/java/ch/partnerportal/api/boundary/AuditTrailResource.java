package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.AuditTrailPage;
import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.AuditFilter;
import ch.partnerportal.tenancy.audit.boundary.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An organization's audit trail: what was changed or refused on behalf of someone who is not a member
 * acting in the portal (administrators of Keycloak in Keycloak's console, a partner's users acting for
 * the organization), newest first, filtered by kind of actor, actor and days, listed or exported as CSV.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "API-013 a filter, first or size out of range")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-102 only a legal representative or an administrator")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
public class AuditTrailResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    AuditTrail trail;

    @GET
    @APIResponse(responseCode = "200", description = "The entries the filters take, newest first" + Paging.PAGE)
    public AuditTrailPage entries(@PathParam("organization") String organization,
                                  @Parameter(in = ParameterIn.QUERY, description = "identity-administrator or partner")
                                  @QueryParam("actorKind") String actorKind,
                                  @Parameter(in = ParameterIn.QUERY, description = "part of the actor, any case")
                                  @QueryParam("actor") String actor,
                                  @Parameter(in = ParameterIn.QUERY, description = "the first day, 2026-12-01")
                                  @QueryParam("from") String from,
                                  @Parameter(in = ParameterIn.QUERY, description = "the last day, included")
                                  @QueryParam("to") String to,
                                  @QueryParam("first") String first, @QueryParam("size") String size)
            throws Refusal {
        Paging paging = Paging.newestFirst(first, size, AuditTrail.MAX_PAGE);
        return AuditTrailPage.of(trail.entries(organization, filter(actorKind, actor, from, to), paging.first(),
                paging.size()));
    }

    /**
     * The same entries as CSV (RFC 4180, UTF-8, a header line), every one the filters take. The caller
     * is checked before the first byte, so a refusal is a problem document and never half a file.
     */
    @GET
    @Path("export")
    @Produces(CSV)
    @APIResponse(responseCode = "200", description = "text/csv: at, actorKind, actor, action, subject, detail")
    @APIResponse(responseCode = "406", description = "API-009 the export is text/csv")
    public Response export(@PathParam("organization") String organization,
                           @QueryParam("actorKind") String actorKind, @QueryParam("actor") String actor,
                           @QueryParam("from") String from, @QueryParam("to") String to) throws Refusal {
        AuditFilter filter = filter(actorKind, actor, from, to);
        trail.requireReader(organization);
        StreamingOutput body = output -> {
            try {
                trail.exportCsv(organization, filter, output);
            } catch (Refusal refused) {
                throw new IOException("the caller lost its access during the export", refused);
            }
        };
        return Response.ok(body, CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-trail-" + organization + ".csv\"").build();
    }

    private static AuditFilter filter(String actorKind, String actor, String from, String to) throws Refusal {
        AuditFilter filter = new AuditFilter(actorKind, Paging.search("actor", actor), day("from", from),
                day("to", to));
        if (filter.actorKind() != null && !AuditFilter.ACTOR_KINDS.contains(filter.actorKind())) {
            throw new Refusal(ApiError.PARAMETER_OUT_OF_RANGE, "actorKind", String.join(", ", AuditFilter.ACTOR_KINDS));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new Refusal(ApiError.PARAMETER_OUT_OF_RANGE, "to", "a day on or after from");
        }
        return filter;
    }

    private static LocalDate day(String name, String text) throws Refusal {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw new Refusal(ApiError.PARAMETER_OUT_OF_RANGE, name, "a day as 2026-12-31");
        }
    }
}
