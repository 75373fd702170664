package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.api.bodies.BankCredit;
import ch.partnerportal.api.bodies.BankCreditList;
import ch.partnerportal.api.bodies.BankImport;
import ch.partnerportal.api.bodies.BillableOrganization;
import ch.partnerportal.api.bodies.BillableOrganizationList;
import ch.partnerportal.api.bodies.CreditAssignment;
import ch.partnerportal.api.bodies.CreditReturn;
import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.billing.transfers.boundary.BankTransfers;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * For the provider's platform administrators: import what the bank reported (ISO 20022 camt.054 or
 * camt.053, as XML) so transfers pay their pro-formas and deposits reach prepaid accounts (PAY-3,
 * PAY-6); list the credits that named nothing known, and resolve them by hand: credited to the
 * organization the accountant recognised, or returned to the payer.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/bank-notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "Only platform administrators import bank notifications")
public class BankNotificationsResource {

    /** More is refused before it fills the memory. */
    static final int LARGEST_FILE = ApiError.LARGEST_BODY_MB * 1024 * 1024;

    @Inject
    BankTransfers transfers;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @APIResponse(responseCode = "200", description = "Every credit of the file with its outcome; credits already "
            + "imported are counted and booked nothing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankImport.class)))
    @APIResponse(responseCode = "400", description = "BIL-337 not a readable camt.054 / camt.053 file: nothing imported")
    @APIResponse(responseCode = "413", description = "API-010 larger than 10 MB: nothing imported")
    public BankImport importNotification(InputStream body) throws Refusal, IOException {
        byte[] xml = body.readNBytes(LARGEST_FILE + 1);
        if (xml.length > LARGEST_FILE) {
            throw new Refusal(ApiError.BODY_TOO_LARGE, ApiError.LARGEST_BODY_MB);
        }
        return BankImport.of(transfers.importNotification(xml));
    }

    @GET
    @Path("unassigned")
    @APIResponse(responseCode = "200", description = "Credits that named no known reference, newest first")
    public BankCreditList unassigned() {
        return new BankCreditList(BankCredit.of(transfers.unassigned()));
    }

    @GET
    @Path("resolved")
    @APIResponse(responseCode = "200", description = "Credits assigned or returned by hand, newest first, with who "
            + "did it, when and why")
    public BankCreditList resolved() {
        return new BankCreditList(BankCredit.of(transfers.resolvedByHand()));
    }

    @GET
    @Path("organizations")
    @APIResponse(responseCode = "200", description = "Organizations whose name contains the text, one of whose "
            + "members has it as e-mail address, or whose id it is (at most 20), with the currency they are billed in")
    public BillableOrganizationList organizations(@QueryParam("search") String search) {
        return new BillableOrganizationList(transfers.organizations(search).stream().map(BillableOrganization::of)
                .toList());
    }

    /** {@code {"organizationId": "...", "note": "..."}}: the whole credit to that organization's prepaid account. */
    @POST
    @Path("credits/{credit}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The credit, now assigned-to-prepaid")
    @APIResponse(responseCode = "400", description = "API-001 malformed body, BIL-324 note longer than 200 characters")
    @APIResponse(responseCode = "404", description = "BIL-346 no such credit, BIL-348 no such organization")
    @APIResponse(responseCode = "409", description = "BIL-347 the credit was already settled, BIL-349 the credit "
            + "is in another currency than the organization is billed in (return it)")
    public BankCredit assign(@PathParam("credit") String credit, CreditAssignment body) throws Refusal {
        return BankCredit.of(transfers.assign(credit, body.organizationId(), body.note()));
    }

    /** {@code {"note": "..."}}: the money went back to the payer from the bank; nothing is booked. */
    @POST
    @Path("credits/{credit}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The credit, now returned")
    @APIResponse(responseCode = "400", description = "API-001 malformed body, BIL-324 note longer than 200 characters")
    @APIResponse(responseCode = "404", description = "BIL-346 no such credit")
    @APIResponse(responseCode = "409", description = "BIL-347 the credit was already settled")
    public BankCredit returnToPayer(@PathParam("credit") String credit, CreditReturn body) throws Refusal {
        return BankCredit.of(transfers.returnToPayer(credit, body.note()));
    }
}
