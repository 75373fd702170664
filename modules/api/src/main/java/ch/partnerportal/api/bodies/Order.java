package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An order with its lines and amounts; the invoice once paid. */
@JsonbNillable
@Schema(name = "Order", description = "An order with its prices")
public record Order(
        @Schema(required = true) String id,
        @Schema(required = true) String status,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) List<DocumentLine> lines,
        @Schema(required = true) Amounts amounts,
        @Schema(nullable = true, description = "Its invoice, once one is issued") String invoiceId) {

    public static Order of(OrderView order) {
        return new Order(order.id(), order.status(), order.createdAt(), DocumentLine.of(order.lines()),
                Amounts.of(order.amounts()), order.invoiceId());
    }
}
