package ch.partnerportal.api.bodies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProductList", description = "The organization's products by expiry date")
public record ProductList(@Schema(required = true) List<Product> items) {
}
