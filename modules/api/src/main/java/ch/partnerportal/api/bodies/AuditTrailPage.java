package ch.partnerportal.api.bodies;

import ch.partnerportal.tenancy.api.AuditEntryView;
import ch.partnerportal.tenancy.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AuditTrailPage", description = "One page of an organization's audit trail, newest first")
public record AuditTrailPage(@Schema(required = true) List<AuditEntry> items, @Schema(required = true) long total) {

    public static AuditTrailPage of(Page<AuditEntryView> page) {
        return new AuditTrailPage(page.items().stream().map(AuditEntry::of).toList(), page.total());
    }
}
