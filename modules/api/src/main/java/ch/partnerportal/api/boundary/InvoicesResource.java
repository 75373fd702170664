package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.api.problems.Problems;
import ch.partnerportal.billing.invoices.boundary.InvoiceDocuments;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.api.bodies.InvoicePage;
import ch.partnerportal.kernel.Refusal;
import jakarta.ws.rs.QueryParam;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The organization's invoices (PAY-3), for members with the billing permission. */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/invoices")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 the billing permission is needed")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
public class InvoicesResource {

    @Inject
    Orders orders;

    @Inject
    InvoiceDocuments documents;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{invoice}/pdf")
    @Produces("application/pdf")
    @APIResponse(responseCode = "200", description = "PAY-7: the invoice as a PDF in the Accept-Language")
    @APIResponse(responseCode = "404", description = "BIL-315 no such invoice in this organization")
    public Response pdf(@PathParam("organization") String organization, @PathParam("invoice") String invoice)
            throws Refusal {
        InvoiceDocuments.Pdf pdf = documents.pdf(organization, invoice, Problems.locale(headers));
        return BillingJson.pdf(pdf);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The organization's invoices and pro-formas, newest first"
            + Paging.PAGE)
    @APIResponse(responseCode = "400", description = "API-013 first or size out of range")
    public InvoicePage invoices(@PathParam("organization") String organization, @QueryParam("first") String first,
                                @QueryParam("size") String size) throws Refusal {
        Paging paging = Paging.newestFirst(first, size, Orders.MAX_PAGE);
        return InvoicePage.of(orders.invoices(organization, paging.first(), paging.size()));
    }
}
