package ch.partnerportal.api.boundary;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.billing.api.BankImportView;
import ch.partnerportal.billing.api.OrganizationMatch;
import ch.partnerportal.billing.transfers.boundary.BankTransfers;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * For the provider's platform administrators: import what the bank reported (ISO 20022 camt.054 or
 * camt.053, as XML) so transfers pay their pro-formas and deposits reach prepaid accounts (PAY-3,
 * PAY-6); list the credits that named nothing known, and resolve them by hand: credited to the
 * organization the accountant recognised, or returned to the payer.
 */
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
            + "imported are counted and booked nothing")
    @APIResponse(responseCode = "400", description = "BIL-337 not a readable camt.054 / camt.053 file: nothing imported")
    @APIResponse(responseCode = "413", description = "API-010 larger than 10 MB: nothing imported")
    public JsonObject importNotification(InputStream body) throws Refusal, IOException {
        byte[] xml = body.readNBytes(LARGEST_FILE + 1);
        if (xml.length > LARGEST_FILE) {
            throw new Refusal(ApiError.BODY_TOO_LARGE, ApiError.LARGEST_BODY_MB);
        }
        BankImportView report = transfers.importNotification(xml);
        return Json.createObjectBuilder()
                .add("credits", report.credits())
                .add("alreadyImported", report.alreadyImported())
                .add("settled", credits(report.settled()))
                .build();
    }

    @GET
    @Path("unassigned")
    @APIResponse(responseCode = "200", description = "Credits that named no known reference, newest first")
    public Response unassigned() {
        return Response.ok(Json.createObjectBuilder().add("items", credits(transfers.unassigned())).build()).build();
    }

    @GET
    @Path("resolved")
    @APIResponse(responseCode = "200", description = "Credits assigned or returned by hand, newest first, with who "
            + "did it, when and why")
    public Response resolved() {
        return Response.ok(Json.createObjectBuilder().add("items", credits(transfers.resolvedByHand())).build()).build();
    }

    @GET
    @Path("organizations")
    @APIResponse(responseCode = "200", description = "Organizations whose name contains the text, one of whose "
            + "members has it as e-mail address, or whose id it is (at most 20), with the currency they are billed in")
    public Response organizations(@QueryParam("search") String search) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (OrganizationMatch match : transfers.organizations(search)) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", match.organizationId())
                    .add("name", match.name())
                    .add("country", match.country())
                    .add("currency", match.currency());
            Representations.addOptional(json, "city", match.city());
            items.add(json);
        }
        return Response.ok(Json.createObjectBuilder().add("items", items).build()).build();
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
    public JsonObject assign(@PathParam("credit") String credit,
                             @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(type = SchemaType.OBJECT))) JsonValue json) throws Refusal {
        JsonObject body = Representations.object(json, "organizationId", "note");
        return credit(transfers.assign(credit, Representations.text(body, "organizationId"),
                Representations.multilineText(body, "note"))).build();
    }

    /** {@code {"note": "..."}}: the money went back to the payer from the bank; nothing is booked. */
    @POST
    @Path("credits/{credit}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The credit, now returned")
    @APIResponse(responseCode = "400", description = "API-001 malformed body, BIL-324 note longer than 200 characters")
    @APIResponse(responseCode = "404", description = "BIL-346 no such credit")
    @APIResponse(responseCode = "409", description = "BIL-347 the credit was already settled")
    public JsonObject returnToPayer(@PathParam("credit") String credit,
                                    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(type = SchemaType.OBJECT))) JsonValue json)
            throws Refusal {
        JsonObject body = Representations.object(json, "note");
        return credit(transfers.returnToPayer(credit, Representations.multilineText(body, "note"))).build();
    }

    private static JsonArrayBuilder credits(List<BankImportView.Credit> credits) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (BankImportView.Credit credit : credits) {
            array.add(credit(credit));
        }
        return array;
    }

    private static JsonObjectBuilder credit(BankImportView.Credit credit) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", credit.id())
                .add("bankReference", credit.bankReference())
                .add("amount", credit.amount())
                .add("currency", credit.currency())
                .add("outcome", credit.outcome());
        Representations.addOptional(json, "reference", credit.reference());
        Representations.addOptional(json, "debtor", credit.debtor());
        Representations.addOptional(json, "bookedOn", credit.bookedOn() == null ? null : credit.bookedOn().toString());
        Representations.addOptional(json, "organizationId", credit.organizationId());
        Representations.addOptional(json, "organizationName", credit.organizationName());
        Representations.addOptional(json, "invoiceNumber", credit.invoiceNumber());
        Representations.addOptional(json, "resolvedBy", credit.resolvedBy());
        Representations.addOptional(json, "resolvedAt",
                credit.resolvedAt() == null ? null : credit.resolvedAt().toString());
        Representations.addOptional(json, "note", credit.note());
        return json;
    }
}
