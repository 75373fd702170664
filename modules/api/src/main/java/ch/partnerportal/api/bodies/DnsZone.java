package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.DnsZoneView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A domain's zone with its records. */
@Schema(name = "DnsZone", description = "A domain's DNS zone: its name servers and records")
public record DnsZone(
        @Schema(required = true) String productId,
        @Schema(required = true, example = "rossi.ch") String domain,
        @Schema(required = true, description = "The SOA serial: raised by every change") long serial,
        @Schema(required = true) List<String> nameServers,
        @Schema(required = true, description = "Whether the domain is delegated to the provider's name servers: "
                + "only then do its records answer on the internet") boolean servedByProvider,
        @Schema(required = true) List<DnsRecord> records) {

    public static DnsZone of(DnsZoneView view) {
        return new DnsZone(view.productId(), view.domain(), view.serial(), view.nameServers(),
                view.servedByProvider(), view.records().stream().map(DnsRecord::of).toList());
    }
}
