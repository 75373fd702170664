package ch.partnerportal.api.boundary;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.billing.api.BankImportView;
import ch.partnerportal.billing.transfers.boundary.BankTransfers;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * For the provider's platform administrators: import what the bank reported (ISO 20022 camt.054 or
 * camt.053, as XML) so transfers pay their pro-formas and deposits reach prepaid accounts (PAY-3,
 * PAY-6); and list the credits that named nothing known.
 */
@Path("1/bank-notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "Only platform administrators import bank notifications")
public class BankNotificationsResource {

    /** A day's notification of a busy account is far smaller; more is refused before it fills the memory. */
    static final int LARGEST_FILE = 10 * 1024 * 1024;

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
            throw new Refusal(ApiError.BODY_TOO_LARGE, LARGEST_FILE / 1024 / 1024);
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

    private static JsonArrayBuilder credits(List<BankImportView.Credit> credits) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (BankImportView.Credit credit : credits) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("bankReference", credit.bankReference())
                    .add("amount", credit.amount())
                    .add("currency", credit.currency())
                    .add("outcome", credit.outcome());
            Representations.addOptional(json, "reference", credit.reference());
            Representations.addOptional(json, "debtor", credit.debtor());
            Representations.addOptional(json, "bookedOn", credit.bookedOn() == null ? null : credit.bookedOn().toString());
            Representations.addOptional(json, "organizationId", credit.organizationId());
            Representations.addOptional(json, "invoiceNumber", credit.invoiceNumber());
            array.add(json);
        }
        return array;
    }
}
