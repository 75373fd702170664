package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.RefundViews.Destination;
import ch.partnerportal.billing.api.RefundViews.RefundRequest;
import ch.partnerportal.billing.refunds.boundary.Refunds;
import ch.partnerportal.api.bodies.CreditNote;
import ch.partnerportal.api.bodies.RefundInstruction;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * For the provider's platform administrators: refund lines of a paid invoice, which issues a credit
 * note; {@code Idempotency-Key} required, the same key answers the same credit note.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/invoices/{invoice}/credit-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
@APIResponse(responseCode = "400", description = "BIL-311 no Idempotency-Key, BIL-320 nothing to refund, "
        + "BIL-321 no such line, BIL-363 no reason, BIL-364 lines and allLines both given")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "API-008 only platform administrators refund")
@APIResponse(responseCode = "404", description = "BIL-315 no such invoice")
@APIResponse(responseCode = "409", description = "BIL-318 not a paid invoice, BIL-319 a line already refunded, "
        + "BIL-362 the same Idempotency-Key is being processed")
@APIResponse(responseCode = "422", description = "BIL-312 the Idempotency-Key was used for another request")
public class RefundsResource {

    @Inject
    Refunds refunds;

    /**
     * {@code {"lines": [1, 2], "reason": "...", "refundTo": "original-method" | "prepaid-account"}}, or
     * {@code "allLines": true} instead of {@code lines} for every line not refunded yet. Lines and a
     * reason are required: an empty body refunds nothing.
     */
    @POST
    @APIResponse(responseCode = "201", description = "The credit note and where its money went",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreditNote.class)))
    public Response refund(@PathParam("invoice") String invoice, @HeaderParam("Idempotency-Key") String key,
                           RefundInstruction body) throws Refusal {
        Set<Integer> lines = new LinkedHashSet<>();
        for (Integer line : body.lines() == null ? List.<Integer>of() : body.lines()) {
            if (line == null) {
                throw new Refusal(ApiError.MALFORMED_BODY);
            }
            lines.add(line);
        }
        String destination = body.refundTo();
        Destination to = destination == null ? Destination.ORIGINAL_METHOD : Slugs.parse(Destination.class, destination)
                .orElseThrow(() -> new Refusal(BillingError.UNKNOWN_PAYMENT_METHOD, destination));
        return Response.status(Response.Status.CREATED).entity(CreditNote.of(refunds.refund(
                new RefundRequest(invoice, lines, Boolean.TRUE.equals(body.allLines()), body.reason(),
                        to, key)))).build();
    }
}
