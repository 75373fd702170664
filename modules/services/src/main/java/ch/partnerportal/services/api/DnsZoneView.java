package ch.partnerportal.services.api;

import java.util.List;

/**
 * A domain's zone: its records, the name servers the domain is delegated to, and whether those are
 * the provider's (only then do the records answer on the internet).
 */
public record DnsZoneView(String productId, String domain, long serial, List<String> nameServers,
                          boolean servedByProvider, List<DnsRecordView> records) {
}
