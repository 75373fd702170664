package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.Decision;
import ch.partnerportal.api.bodies.PartnerApplication;
import ch.partnerportal.api.bodies.PartnerApplicationList;
import ch.partnerportal.api.bodies.ResellerConditions;
import ch.partnerportal.api.problems.Problems;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ApplicationView;
import ch.partnerportal.partner.api.ConditionsText;
import ch.partnerportal.partner.applications.boundary.PartnerApplications;
import ch.partnerportal.partner.applications.boundary.PartnerReviews;
import ch.partnerportal.tenancy.api.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * PAR-1 for the provider's platform administrators: the review queue, a decision with its reason on
 * each application, ending a partnership, and the yearly review; and, for everyone signed in, the
 * reseller conditions to read before applying.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
public class PartnerReviewsResource {

    private static final int MAX_PAGE = 100;

    @Inject
    PartnerReviews reviews;

    @Inject
    PartnerApplications applications;

    @Context
    HttpHeaders headers;

    @GET
    @Path("partner-programme/conditions")
    @APIResponse(responseCode = "200", description = "The reseller conditions' current version, in the "
            + "Accept-Language (en, de, fr, it)")
    public ResellerConditions conditions() {
        ConditionsText conditions = applications.conditions(Problems.locale(headers));
        return new ResellerConditions(conditions.version(), conditions.language(), conditions.text());
    }

    @GET
    @Path("partner-applications")
    @RolesAllowed("platform-admin")
    @APIResponse(responseCode = "200", description = "Applications in that status (pending if absent), oldest first"
            + Paging.PAGE)
    @APIResponse(responseCode = "400", description = "PRT-516 unknown status, API-013 first or size out of range")
    @APIResponse(responseCode = "403", description = "API-008 only platform administrators")
    public PartnerApplicationList queue(@QueryParam("status") String status, @QueryParam("first") String first,
                                        @QueryParam("size") String size) throws Refusal {
        Paging paging = Paging.newestFirst(first, size, MAX_PAGE);
        Page<ApplicationView> page = reviews.queue(status == null ? "pending" : status.strip(), paging.first(),
                paging.size());
        return new PartnerApplicationList(page.items().stream().map(PartnerApplication::of).toList(), page.total());
    }

    @POST
    @Path("partner-applications/{application}/approval")
    @RolesAllowed("platform-admin")
    @APIResponse(responseCode = "200", description = "Approved: the organization's members carry the realm role "
            + "partner; the applicant is told with the reason")
    @APIResponse(responseCode = "400", description = "PRT-509 no reason")
    @APIResponse(responseCode = "403", description = "API-008 only platform administrators")
    @APIResponse(responseCode = "404", description = "PRT-513 no such application")
    @APIResponse(responseCode = "409", description = "PRT-512 already decided or withdrawn")
    public PartnerApplication approve(@PathParam("application") String application, Decision body) throws Refusal {
        return PartnerApplication.of(reviews.approve(application, body.reason()));
    }

    @POST
    @Path("partner-applications/{application}/refusal")
    @RolesAllowed("platform-admin")
    @APIResponse(responseCode = "200", description = "Refused: the applicant is told with the reason")
    @APIResponse(responseCode = "400", description = "PRT-509 no reason")
    @APIResponse(responseCode = "403", description = "API-008 only platform administrators")
    @APIResponse(responseCode = "404", description = "PRT-513 no such application")
    @APIResponse(responseCode = "409", description = "PRT-512 already decided or withdrawn")
    public PartnerApplication refuse(@PathParam("application") String application, Decision body) throws Refusal {
        return PartnerApplication.of(reviews.refuse(application, body.reason()));
    }

    @POST
    @Path("partner-applications/{application}/revocation")
    @RolesAllowed("platform-admin")
    @APIResponse(responseCode = "200", description = "The partnership ended: its members lose the realm role partner; "
            + "its legal representatives are told with the reason")
    @APIResponse(responseCode = "400", description = "PRT-509 no reason")
    @APIResponse(responseCode = "403", description = "API-008 only platform administrators")
    @APIResponse(responseCode = "404", description = "PRT-513 no such application")
    @APIResponse(responseCode = "409", description = "PRT-514 not an approved partnership")
    public PartnerApplication revoke(@PathParam("application") String application, Decision body) throws Refusal {
        return PartnerApplication.of(reviews.revoke(application, body.reason()));
    }

    @POST
    @Path("partner-reviews")
    @RolesAllowed("platform-admin")
    @APIResponse(responseCode = "200", description = "Every partner's managed value computed again now, as the yearly "
            + "review does; answers the partners below the threshold, told by e-mail when first found below")
    @APIResponse(responseCode = "403", description = "API-008 only platform administrators")
    public PartnerApplicationList review() {
        return list(reviews.reviewAll());
    }

    @GET
    @Path("partner-reviews/below-threshold")
    @RolesAllowed("platform-admin")
    @APIResponse(responseCode = "200", description = "Partners whose last review found them below the threshold, the "
            + "nearest end of their grace period first")
    @APIResponse(responseCode = "403", description = "API-008 only platform administrators")
    public PartnerApplicationList belowThreshold() {
        return list(reviews.belowThreshold());
    }

    private static PartnerApplicationList list(List<ApplicationView> views) {
        return new PartnerApplicationList(views.stream().map(PartnerApplication::of).toList(), views.size());
    }
}
