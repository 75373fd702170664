package ch.partnerportal.partner.api;

/**
 * A client a partner's user acts for now, as the console shows it while the user works in the
 * client's account: whose account, as which partner, and whether the access reaches the whole of it.
 *
 * @param full the whole account (PAR-5), by the grant or by an approved elevation
 */
public record ActingFor(String relationshipId, String clientOrganizationId, String clientName,
                        String partnerOrganizationId, String partnerName, boolean full) {
}
