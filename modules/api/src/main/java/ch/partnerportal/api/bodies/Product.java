package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.ProductView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A product the organization holds, with its expiry date. */
@Schema(name = "Product", description = "A product the organization holds")
public record Product(
        @Schema(required = true) String id,
        @Schema(required = true, description = "The catalog's product type, for example domain-ch") String type,
        @Schema(required = true, description = "What it is: a domain name, a hosting's name") String label,
        @Schema(required = true) String state,
        @Schema(required = true) LocalDate expiresOn,
        @Schema(required = true) boolean autoRenew) {

    public static Product of(ProductView product) {
        return new Product(product.id(), product.type(), product.label(), product.state(), product.expiresOn(),
                product.autoRenew());
    }
}
