package ch.partnerportal.api.bodies;

import ch.partnerportal.identity.api.UndeliverableMailView;
import ch.partnerportal.tenancy.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UndeliverableMailPage", description = "One page of the e-mails set aside, newest first")
public record UndeliverableMailPage(@Schema(required = true) List<UndeliverableMail> items,
                                    @Schema(required = true) long total) {

    public static UndeliverableMailPage of(Page<UndeliverableMailView> page) {
        return new UndeliverableMailPage(page.items().stream().map(UndeliverableMail::of).toList(), page.total());
    }
}
