package ch.partnerportal.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.api.bodies.Product;
import ch.partnerportal.api.bodies.ProductList;
import ch.partnerportal.kernel.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The organization's products with their expiry dates: all with billing, else those the caller may see. */
// one instance for all requests: made and injected once, not per request (@Context fields are proxies)
@ApplicationScoped
@Path("1/organizations/{organization}/products")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "API-002 no bearer token")
@APIResponse(responseCode = "403", description = "TEN-124 no permission on any kind of product")
@APIResponse(responseCode = "404", description = "TEN-101 not one of your organizations")
public class ProductsResource {

    @Inject
    Orders orders;

    @GET
    @APIResponse(responseCode = "200", description = "The organization's products by expiry date")
    public ProductList products(@PathParam("organization") String organization) throws Refusal {
        return new ProductList(orders.products(organization).stream().map(Product::of).toList());
    }
}
