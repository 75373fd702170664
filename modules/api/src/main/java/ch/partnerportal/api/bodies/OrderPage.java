package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import ch.partnerportal.tenancy.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OrderPage", description = "One page, newest first, and how many there are in all")
public record OrderPage(@Schema(required = true) List<Order> items, @Schema(required = true) long total) {

    public static OrderPage of(Page<OrderView> page) {
        return new OrderPage(page.items().stream().map(Order::of).toList(), page.total());
    }
}
