package ch.partnerportal.partner.api;

/**
 * PAR-3: a partner asks a client for access. The client is found by the e-mail address of one of its
 * legal representatives; its organization id is needed only when that person represents several.
 */
public record ClientInvitation(String clientEmail, String clientOrganizationId, AccessScope access, String note) {
}
