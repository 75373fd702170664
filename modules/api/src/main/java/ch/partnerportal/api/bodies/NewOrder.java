package ch.partnerportal.api.bodies;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** PAY-4: the products to order. */
@Schema(name = "NewOrder", description = "The products to order")
public record NewOrder(@Schema(required = true, maxItems = 50) List<@Valid OrderItem> items) {
}
