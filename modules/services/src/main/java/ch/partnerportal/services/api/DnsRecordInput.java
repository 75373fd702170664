package ch.partnerportal.services.api;

/**
 * A record to add to a zone. {@code value} is the address (A, AAAA), the target (CNAME, MX, SRV), the
 * text (TXT) or the tag's value (CAA); the numbers belong to the types that have them.
 */
public record DnsRecordInput(String name, String type, Integer ttl, String value, Integer priority, Integer weight,
                             Integer port, Integer flags, String tag) {
}
