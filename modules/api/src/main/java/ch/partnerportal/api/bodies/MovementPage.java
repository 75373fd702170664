package ch.partnerportal.api.bodies;

import ch.partnerportal.billing.api.MovementView;
import ch.partnerportal.tenancy.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MovementPage", description = "One page of the prepaid ledger, newest first, and how many movements")
public record MovementPage(@Schema(required = true) List<Movement> items, @Schema(required = true) long total) {

    public static MovementPage of(Page<MovementView> page) {
        return new MovementPage(page.items().stream().map(Movement::of).toList(), page.total());
    }
}
