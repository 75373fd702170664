package ch.partnerportal.services.api;

/** A domain's zone in the master-file format (RFC 1035). */
public record ZoneFileText(String domain, String text) {
}
