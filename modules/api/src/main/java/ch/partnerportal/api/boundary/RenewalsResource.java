package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews.RenewalRequest;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.orders.boundary.Checkout;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.api.bodies.Order;
import ch.partnerportal.api.bodies.NewRenewal;
import ch.partnerportal.api.bodies.RenewalItem;
import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.api.bodies.PaymentsList;
import ch.partnerportal.api.bodies.Renewal;
import ch.partnerportal.kernel.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * The payments list (REN-7) and "pay my selection" (PAY-3, PAY-8): the products to renew with their
 * periods and prices, and an order that renews a selection, each product for its own period. The
 * order is then paid like any other ({@code POST .../orders/{id}/payment}).
 */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/renewals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "BIL-313 period not allowed, BIL-320 nothing selected, "
        + "BIL-339 a product selected twice")
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 the billing permission is needed")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations, BIL-341 no such product")
@APIResponse(responseCode = "409", description = "BIL-342 the product was terminated")
public class RenewalsResource {

    @Inject
    Orders orders;

    @Inject
    Checkout checkout;

    /** REN-7: the next two months by default; {@code ?all=true} for every product. */
    @GET
    @APIResponse(responseCode = "200", description = "Products to renew, soonest expiry first, with their periods")
    public PaymentsList payments(@PathParam("organization") String organization, @QueryParam("all") boolean all)
            throws Refusal {
        return new PaymentsList(all ? null : Orders.MONTHS_SHOWN,
                orders.payments(organization, all).stream().map(Renewal::of).toList(),
                checkout.savedProfile(organization, PaymentMethod.TWINT).orElse(null));
    }

    /** PAY-3: {@code {"items": [{"productId": "...", "years": 2}]}}, or {@code "months": 3} (PAY-8). */
    @POST
    @APIResponse(responseCode = "201", description = "The pending renewal order with its prices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Order.class)))
    public Response renew(@PathParam("organization") String organization, NewRenewal body) throws Refusal {
        if (body.items() == null) {
            throw new Refusal(BillingError.NOTHING_SELECTED);
        }
        List<RenewalRequest> selection = new ArrayList<>();
        for (RenewalItem item : body.items()) {
            if (item == null) {
                throw new Refusal(ApiError.MALFORMED_BODY);
            }
            selection.add(new RenewalRequest(item.productId(), BillingJson.months(item.years(), item.months())));
        }
        return Response.status(Response.Status.CREATED).entity(Order.of(orders.renew(organization, selection)))
                .build();
    }
}
