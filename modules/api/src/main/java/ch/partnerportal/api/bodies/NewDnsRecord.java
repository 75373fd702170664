package ch.partnerportal.api.bodies;

import ch.partnerportal.services.api.DnsRecordInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record to add to a domain's zone; which numbers it needs depends on its type. */
@Schema(name = "NewDnsRecord", description = "A record to add: the numbers belong to the types that have them")
public record NewDnsRecord(
        @Schema(description = "Relative to the domain (www), @ or left out for the domain itself, or a full name "
                + "ending in a dot", example = "www") @Size(max = 253) String name,
        @Schema(required = true, enumeration = {"A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA"}) @NotNull
        @Size(max = 10) String type,
        @Schema(description = "Seconds, 60 to 604800; 3600 when left out") Integer ttl,
        @Schema(required = true, description = "The address (A, AAAA), target (CNAME, MX, SRV), text (TXT) or "
                + "value (CAA)", example = "192.0.2.10") @NotNull @Size(max = 2048) String value,
        @Schema(description = "MX and SRV: 0 to 65535") Integer priority,
        @Schema(description = "SRV: 0 to 65535") Integer weight,
        @Schema(description = "SRV: 0 to 65535") Integer port,
        @Schema(description = "CAA: 0 or 128") Integer flags,
        @Schema(description = "CAA: issue, issuewild or iodef") @Size(max = 20) String tag) {

    public DnsRecordInput input() {
        return new DnsRecordInput(name, type, ttl, value, priority, weight, port, flags, tag);
    }
}
