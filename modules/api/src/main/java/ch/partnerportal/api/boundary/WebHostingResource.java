package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.WebHostingBodies.IssuedCredential;
import ch.partnerportal.api.bodies.WebHostingBodies.NewCredential;
import ch.partnerportal.api.bodies.WebHostingBodies.NewSite;
import ch.partnerportal.api.bodies.WebHostingBodies.PhpVersion;
import ch.partnerportal.api.bodies.WebHostingBodies.Site;
import ch.partnerportal.api.bodies.WebHostingBodies.WebHosting;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.HostingViews;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A web hosting's sites and technical credentials (the {@code web-hosting} permission, IDN-4). */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/products/{product}/web-hosting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 the web-hosting permission is needed"
        + ", TEN-135 beyond what the client grants your partner")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, SRV-401 no such product "
        + "in this organization, SRV-402 the product is not a web hosting, SRV-490 no such site, SRV-493 no such "
        + "credential")
@APIResponse(responseCode = "409", description = "SRV-403 the product is blocked")
@APIResponse(responseCode = "410", description = "SRV-404 the product was terminated")
public class WebHostingResource {

    @Inject
    ch.partnerportal.services.hosting.boundary.WebHosting hosting;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "Sites, credentials (never a password) and PHP versions")
    public WebHosting get(@PathParam("organization") String organization, @PathParam("product") String product)
            throws Refusal {
        return WebHosting.of(hosting.hosting(organization, product));
    }

    @POST
    @Path("sites")
    @APIResponse(responseCode = "201", description = "The site",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Site.class)))
    @APIResponse(responseCode = "400", description = "SRV-417 not a host name, SRV-451 a domain the organization "
            + "does not hold, SRV-492 a PHP version not offered")
    @APIResponse(responseCode = "409", description = "SRV-452 a domain another organization holds, SRV-491 the site "
            + "exists, SRV-403 the product is blocked")
    public Response addSite(@PathParam("organization") String organization, @PathParam("product") String product,
                            NewSite body) throws Refusal {
        HostingViews.SiteView site = hosting.addSite(organization, product, body.hostName(), body.phpVersion());
        return Response.created(uri.getAbsolutePathBuilder().path(site.id()).build()).entity(Site.of(site)).build();
    }

    @PUT
    @Path("sites/{site}/php")
    @APIResponse(responseCode = "200", description = "The site with this PHP version")
    @APIResponse(responseCode = "400", description = "SRV-492 a PHP version not offered")
    public Site runPhp(@PathParam("organization") String organization, @PathParam("product") String product,
                       @PathParam("site") String site, PhpVersion body) throws Refusal {
        return Site.of(hosting.runPhp(organization, product, site, body.phpVersion()));
    }

    @DELETE
    @Path("sites/{site}")
    @APIResponse(responseCode = "204", description = "The site is gone")
    public Response removeSite(@PathParam("organization") String organization, @PathParam("product") String product,
                               @PathParam("site") String site) throws Refusal {
        hosting.removeSite(organization, product, site);
        return Response.noContent().build();
    }

    @POST
    @Path("credentials")
    @APIResponse(responseCode = "201", description = "The credential with its password, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedCredential.class)))
    @APIResponse(responseCode = "400", description = "SRV-494 a name of 3 to 24 characters, SRV-496 ftp, ssh, "
            + "mysql or webdav")
    @APIResponse(responseCode = "409", description = "SRV-495 the user name is taken, SRV-403 the product is blocked")
    public Response issue(@PathParam("organization") String organization, @PathParam("product") String product,
                          NewCredential body) throws Refusal {
        HostingViews.IssuedCredential issued = hosting.issue(organization, product, body.kind(), body.name());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.credential().id()).build())
                .entity(IssuedCredential.of(issued)).build();
    }

    @POST
    @Path("credentials/{credential}/password-reset")
    @APIResponse(responseCode = "200", description = "IDN-4: a new password for this account alone, shown this once")
    public IssuedCredential reset(@PathParam("organization") String organization,
                                  @PathParam("product") String product,
                                  @PathParam("credential") String credential) throws Refusal {
        return IssuedCredential.of(hosting.reset(organization, product, credential));
    }

    @DELETE
    @Path("credentials/{credential}")
    @APIResponse(responseCode = "204", description = "The credential is gone")
    public Response revoke(@PathParam("organization") String organization, @PathParam("product") String product,
                           @PathParam("credential") String credential) throws Refusal {
        hosting.revoke(organization, product, credential);
        return Response.noContent().build();
    }
}
