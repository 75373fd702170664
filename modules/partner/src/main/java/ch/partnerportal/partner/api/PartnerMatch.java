package ch.partnerportal.partner.api;

/** A partner of the programme a client may authorize, found by its name or an e-mail address (PAR-4). */
public record PartnerMatch(String organizationId, String name, String city, String country) {
}
