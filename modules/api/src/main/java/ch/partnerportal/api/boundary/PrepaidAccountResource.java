package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.billing.api.DepositRequest;
import ch.partnerportal.billing.api.DepositView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.api.problems.Problems;
import ch.partnerportal.billing.prepaid.boundary.PrepaidAccounts;
import ch.partnerportal.api.bodies.Movement;
import ch.partnerportal.api.bodies.Confirmation;
import ch.partnerportal.api.bodies.DepositInstruction;
import ch.partnerportal.api.bodies.PendingDeposit;
import ch.partnerportal.api.bodies.MovementPage;
import ch.partnerportal.api.bodies.PrepaidAccount;
import ch.partnerportal.kernel.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The organization's prepaid account (PAY-5, PAY-6): balance and ledger, and deposits by card. A
 * deposit needs an {@code Idempotency-Key} header: the same key again answers the first deposit and
 * never charges twice. Amounts travel as decimal strings, never as JSON numbers.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/prepaid-account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "BIL-301..305 amount, BIL-306 deposit outside 0.10..9999.00, "
        + "BIL-307 PostFinance only in CHF, BIL-311 no Idempotency-Key, BIL-325 card number, BIL-308/329 method")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "402", description = "BIL-326 card declined, BIL-327 insufficient funds: nothing booked")
@APIResponse(responseCode = "403", description = "TEN-124 the billing permission is needed")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
@APIResponse(responseCode = "409", description = "BIL-362 the same Idempotency-Key is being processed")
@APIResponse(responseCode = "422", description = "BIL-312 the Idempotency-Key was used for another request")
@APIResponse(responseCode = "504", description = "BIL-350 the provider did not answer: the deposit waits in doubt with "
        + "its key and is settled with the provider before any new attempt")
public class PrepaidAccountResource {

    @Inject
    PrepaidAccounts accounts;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "Balance, deposit limits, the 20 newest movements (ledger, "
            + "oldest of them first) and how many movements there are (movements); the whole ledger is at /movements")
    public PrepaidAccount account(@PathParam("organization") String organization) throws Refusal {
        return PrepaidAccount.of(accounts.view(organization));
    }

    @GET
    @Path("movements")
    @APIResponse(responseCode = "200", description = "The ledger, newest movement first" + Paging.PAGE)
    @APIResponse(responseCode = "400", description = "API-013 first or size out of range")
    public MovementPage movements(@PathParam("organization") String organization, @QueryParam("first") String first,
                                  @QueryParam("size") String size) throws Refusal {
        Paging paging = Paging.newestFirst(first, size, PrepaidAccounts.MAX_PAGE);
        return MovementPage.of(accounts.ledger(organization, paging.first(), paging.size()));
    }

    @POST
    @Path("deposits")
    @APIResponse(responseCode = "200", description = "The deposit booked (again the same one for a repeated key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Movement.class)))
    @APIResponse(responseCode = "202", description = "By IBAN transfer: the transfer's instructions with the "
            + "account's deposit reference, booked when the bank reports the money; by card: waiting for the payer's "
            + "confirmation (action_required) or for the provider (pending)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PendingDeposit.class)))
    public Response deposit(@PathParam("organization") String organization,
                            @HeaderParam("Idempotency-Key") String idempotencyKey, DepositInstruction body)
            throws Refusal {
        PaymentMethod method = BillingJson.paymentMethod(body.method());
        if (method == PaymentMethod.IBAN_TRANSFER) {
            return Response.accepted(PendingDeposit.byTransfer(accounts.depositByTransfer(organization,
                    body.amount()))).build();
        }
        return deposited(accounts.deposit(organization, new DepositRequest(body.amount(), method, body.cardNumber(),
                idempotencyKey)));
    }

    /**
     * PAY-6: the payer's second step of a deposit that asked for one (3-D Secure):
     * {@code {"answer": "approve"}} with the deposit's {@code Idempotency-Key}.
     */
    @POST
    @Path("deposits/confirmation")
    @APIResponse(responseCode = "200", description = "Approved: the deposit booked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Movement.class)))
    @APIResponse(responseCode = "202", description = "Still waiting for the provider",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PendingDeposit.class)))
    @APIResponse(responseCode = "402", description = "BIL-326 declined: nothing booked")
    @APIResponse(responseCode = "409", description = "BIL-358 no deposit of that key waits for a confirmation")
    public Response confirm(@PathParam("organization") String organization,
                            @HeaderParam("Idempotency-Key") String idempotencyKey, Confirmation body)
            throws Refusal {
        return deposited(accounts.confirmDeposit(organization, idempotencyKey, body.answer()));
    }

    private Response deposited(DepositView deposit) {
        switch (deposit.status()) {
            case PAID -> {
                return Response.ok(Movement.of(deposit.movement())).build();
            }
            case DECLINED -> {
                return BillingJson.declined(deposit.provider(), headers, uri);
            }
            default -> {
                return Response.accepted(PendingDeposit.of(deposit)).build();
            }
        }
    }

    /** PAY-6: a deposit by transfer as a Swiss QR-bill, for {@code ?amount=100.00}. */
    @GET
    @Path("transfer-slip")
    @Produces("application/pdf")
    @APIResponse(responseCode = "200", description = "The QR-bill of a deposit of that amount")
    public Response transferSlip(@PathParam("organization") String organization, @QueryParam("amount") String amount)
            throws Refusal {
        return Response.ok(accounts.depositSlip(organization, amount, Problems.locale(headers)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"prepaid-deposit.pdf\"").build();
    }
}
