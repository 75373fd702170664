package ch.partnerportal.services.api;

/** A record of a zone; {@code name} is relative to the domain, {@code @} for the domain itself. */
public record DnsRecordView(String id, String name, String fullName, String type, int ttl, String value,
                            Integer priority, Integer weight, Integer port, Integer flags, String tag) {
}
