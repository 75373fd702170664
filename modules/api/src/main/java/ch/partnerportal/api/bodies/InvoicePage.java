package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import ch.partnerportal.tenancy.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InvoicePage", description = "One page, newest first, and how many there are in all")
public record InvoicePage(@Schema(required = true) List<Invoice> items, @Schema(required = true) long total) {

    public static InvoicePage of(Page<InvoiceView> page) {
        return new InvoicePage(page.items().stream().map(Invoice::of).toList(), page.total());
    }
}
