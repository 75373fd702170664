package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.RefundViews.CreditNoteView;
import ch.partnerportal.tenancy.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CreditNotePage", description = "One page, newest first, and how many there are in all")
public record CreditNotePage(@Schema(required = true) List<CreditNote> items, @Schema(required = true) long total) {

    public static CreditNotePage of(Page<CreditNoteView> page) {
        return new CreditNotePage(page.items().stream().map(CreditNote::of).toList(), page.total());
    }
}
