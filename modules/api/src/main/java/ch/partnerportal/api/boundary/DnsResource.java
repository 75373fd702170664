package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.DnsRecord;
import ch.partnerportal.api.bodies.DnsZone;
import ch.partnerportal.api.bodies.NameServers;
import ch.partnerportal.api.bodies.NewDnsRecord;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.DnsRecordView;
import ch.partnerportal.services.api.ZoneFileText;
import ch.partnerportal.services.dns.boundary.DnsZones;
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

/** A domain's DNS zone: its records, its name servers and its zone file (the {@code domains} permission). */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/products/{product}/dns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 the domains permission is needed"
        + ", TEN-135 beyond what the client grants your partner")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, SRV-401 no such product "
        + "in this organization, SRV-402 the product is not a domain")
@APIResponse(responseCode = "409", description = "SRV-405 the product's name is not a domain name")
@APIResponse(responseCode = "410", description = "SRV-404 the product was terminated")
public class DnsResource {

    /** RFC 4027's media type of a zone in the master-file format. */
    private static final String ZONE_FILE = "text/dns";

    @Inject
    DnsZones zones;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "The zone with its name servers and records")
    public DnsZone zone(@PathParam("organization") String organization, @PathParam("product") String product)
            throws Refusal {
        return DnsZone.of(zones.zone(organization, product));
    }

    @GET
    @Path("zone-file")
    @Produces(ZONE_FILE)
    @APIResponse(responseCode = "200", description = "The zone in the master-file format (RFC 1035), with its SOA "
            + "and NS records")
    @APIResponse(responseCode = "406", description = "API-009 the zone file is text/dns")
    public Response zoneFile(@PathParam("organization") String organization, @PathParam("product") String product)
            throws Refusal {
        ZoneFileText file = zones.zoneFile(organization, product);
        return Response.ok(file.text(), ZONE_FILE + ";charset=US-ASCII")
                .header("Content-Disposition", "attachment; filename=\"" + file.domain() + ".zone\"").build();
    }

    @POST
    @Path("records")
    @APIResponse(responseCode = "201", description = "The record, added; the zone's serial is raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DnsRecord.class)))
    @APIResponse(responseCode = "400", description = "SRV-410 to SRV-424, SRV-432 the record is not valid")
    @APIResponse(responseCode = "409", description = "SRV-403 the product is blocked, SRV-425/426 a CNAME beside "
            + "other records, SRV-427 the record exists, SRV-429 the zone is full")
    public Response add(@PathParam("organization") String organization, @PathParam("product") String product,
                        NewDnsRecord body) throws Refusal {
        DnsRecordView added = zones.add(organization, product, body.input());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build())
                .entity(DnsRecord.of(added)).build();
    }

    @DELETE
    @Path("records/{record}")
    @APIResponse(responseCode = "204", description = "The record is gone; the zone's serial is raised")
    @APIResponse(responseCode = "409", description = "SRV-403 the product is blocked")
    public Response remove(@PathParam("organization") String organization, @PathParam("product") String product,
                           @PathParam("record") String record) throws Refusal {
        zones.remove(organization, product, record);
        return Response.noContent().build();
    }

    @PUT
    @Path("name-servers")
    @APIResponse(responseCode = "200", description = "The zone, delegated to these name servers")
    @APIResponse(responseCode = "400", description = "SRV-417 not a host name, SRV-430 2 to 6 name servers, "
            + "SRV-431 one twice")
    @APIResponse(responseCode = "409", description = "SRV-403 the product is blocked")
    public DnsZone delegate(@PathParam("organization") String organization, @PathParam("product") String product,
                            NameServers body) throws Refusal {
        return DnsZone.of(zones.delegate(organization, product, body.nameServers()));
    }
}
