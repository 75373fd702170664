package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews.ItemRequest;
import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import ch.partnerportal.billing.api.CheckoutViews.PaymentRequest;
import ch.partnerportal.billing.api.CheckoutViews.PaymentView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.CheckoutViews.PaymentStatus;
import ch.partnerportal.billing.orders.boundary.Checkout;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.api.bodies.OrderPage;
import ch.partnerportal.api.bodies.Order;
import ch.partnerportal.api.bodies.Confirmation;
import ch.partnerportal.api.bodies.NewOrder;
import ch.partnerportal.api.bodies.OrderItem;
import ch.partnerportal.api.bodies.Payment;
import ch.partnerportal.api.bodies.PaymentInstruction;
import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.kernel.Refusal;
import jakarta.ws.rs.QueryParam;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders and their payment (PAY-3, PAY-4, PAY-5, PAY-8). A payment
 * needs an {@code Idempotency-Key} header: repeating it answers the invoice it already produced.
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "BIL-313 period not allowed, BIL-320 nothing ordered, BIL-333 unknown "
        + "product, BIL-334 product without name, BIL-365 a domain not named as one, BIL-307 PostFinance only in CHF, "
        + "BIL-311 no Idempotency-Key, BIL-325 card number, BIL-335 method not offered, "
        + "BIL-336 prepaid balance with a transfer")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "402", description = "BIL-326/327 card declined: nothing paid, nothing booked")
@APIResponse(responseCode = "403", description = "TEN-124 the billing permission is needed")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, BIL-330 no such order")
@APIResponse(responseCode = "409", description = "BIL-331 the order is already paid, BIL-340 a payment is under way, "
        + "BIL-343 nothing to confirm, BIL-362 the same Idempotency-Key is being processed")
@APIResponse(responseCode = "422", description = "BIL-312 the Idempotency-Key was used for another request (another "
        + "order, a deposit, or this order with another body)")
@APIResponse(responseCode = "504", description = "BIL-350 the provider did not answer: the attempt waits in doubt with its "
        + "amounts fixed; repeat with the same Idempotency-Key to complete it")
@APIResponse(responseCode = "503", description = "BIL-338 transfers are not set up on this installation")
public class CheckoutResource {

    @Inject
    Orders orders;

    @Inject
    Checkout checkout;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "The organization's orders, newest first" + Paging.PAGE)
    @APIResponse(responseCode = "400", description = "API-013 first or size out of range")
    public OrderPage orders(@PathParam("organization") String organization, @QueryParam("first") String first,
                            @QueryParam("size") String size) throws Refusal {
        Paging paging = Paging.newestFirst(first, size, Orders.MAX_PAGE);
        return OrderPage.of(orders.orders(organization, paging.first(), paging.size()));
    }

    /**
     * PAY-4: {@code {"items": [{"type": "domain-ch", "label": "rossi.ch", "years": 3}]}}; a product sold
     * by the month takes {@code "months": 3} instead (PAY-8). Without either, one year.
     */
    @POST
    @APIResponse(responseCode = "201", description = "The pending order with its prices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Order.class)))
    public Response place(@PathParam("organization") String organization, NewOrder body) throws Refusal {
        if (body.items() == null) {
            throw new Refusal(BillingError.NOTHING_SELECTED);
        }
        List<ItemRequest> requested = new ArrayList<>();
        for (OrderItem item : body.items()) {
            if (item == null) {
                throw new Refusal(ApiError.MALFORMED_BODY);
            }
            requested.add(new ItemRequest(item.type(), item.label(), BillingJson.months(item.years(), item.months())));
        }
        OrderView placed = orders.place(organization, requested);
        return Response.status(Response.Status.CREATED).entity(Order.of(placed)).build();
    }

    /**
     * PAY-3 / PAY-5: {@code {"method": "card", "instrument": "4242...", "usePrepaidBalance": true}};
     * {@code paypal} with the PayPal e-mail, {@code twint} with a mobile number (or none for the saved
     * profile), {@code prepaid} for the balance alone, {@code iban-transfer} for a pro-forma with a
     * QR reference. {@code cardNumber} is accepted for {@code instrument}.
     */
    @POST
    @Path("{order}/payment")
    @APIResponse(responseCode = "200", description = "Paid: the final invoice and how it was paid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Payment.class)))
    @APIResponse(responseCode = "202", description = "Not paid yet: status awaiting_transfer (the pro-forma and the "
            + "transfer's instructions), action_required (confirm the payment: 3-D Secure, PayPal, Twint app) or "
            + "pending (the provider confirms later: repeat the same request to see the outcome)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Payment.class)))
    public Response pay(@PathParam("organization") String organization, @PathParam("order") String order,
                        @HeaderParam("Idempotency-Key") String idempotencyKey, PaymentInstruction body)
            throws Refusal {
        PaymentMethod method = BillingJson.paymentMethod(body.method());
        return payment(checkout.pay(organization, order, new PaymentRequest(method,
                body.instrument() != null ? body.instrument() : body.cardNumber(),
                Boolean.TRUE.equals(body.usePrepaidBalance()), idempotencyKey)));
    }

    /** The payer's second step: {@code {"answer": "approve"}} (anything else gives up). */
    @POST
    @Path("{order}/payment/confirmation")
    @APIResponse(responseCode = "200", description = "Approved: the final invoice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Payment.class)))
    @APIResponse(responseCode = "202", description = "Still waiting for the provider",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Payment.class)))
    @APIResponse(responseCode = "402", description = "BIL-326/353 declined: nothing taken, the balance given back")
    public Response confirm(@PathParam("organization") String organization, @PathParam("order") String order,
                            Confirmation body) throws Refusal {
        return payment(checkout.confirm(organization, order, body.answer()));
    }

    private Response payment(PaymentView payment) {
        if (payment.status() == PaymentStatus.DECLINED) {
            return BillingJson.declined(payment.provider(), headers, uri);
        }
        return Response.status(payment.status() == PaymentStatus.PAID ? 200 : 202).entity(Payment.of(payment)).build();
    }


}
