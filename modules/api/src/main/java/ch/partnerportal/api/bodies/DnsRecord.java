package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.DnsRecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record of a domain's zone. */
@Schema(name = "DnsRecord", description = "A record of a domain's DNS zone")
public record DnsRecord(
        @Schema(required = true) String id,
        @Schema(required = true, description = "Relative to the domain; @ is the domain itself", example = "www")
        String name,
        @Schema(required = true, example = "www.rossi.ch") String fullName,
        @Schema(required = true, enumeration = {"A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA"}) String type,
        @Schema(required = true, description = "Seconds") int ttl,
        @Schema(required = true, description = "The address, target, text or CAA value") String value,
        @Schema(description = "MX and SRV") Integer priority,
        @Schema(description = "SRV") Integer weight,
        @Schema(description = "SRV") Integer port,
        @Schema(description = "CAA: 0 or 128") Integer flags,
        @Schema(description = "CAA: issue, issuewild or iodef") String tag) {

    public static DnsRecord of(DnsRecordView view) {
        return new DnsRecord(view.id(), view.name(), view.fullName(), view.type(), view.ttl(), view.value(),
                view.priority(), view.weight(), view.port(), view.flags(), view.tag());
    }
}
