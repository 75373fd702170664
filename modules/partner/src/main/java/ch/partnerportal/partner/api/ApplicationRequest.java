package ch.partnerportal.partner.api;

/**
 * What a legal representative sends to apply (PAR-1).
 *
 * @param registerCountry   ISO 3166 alpha-2 of the register: CH (a UID), FR (a SIRET) or another
 * @param acceptedConditions the version of the reseller conditions read and accepted
 * @param committedValue    the yearly volume committed to, in the organization's currency; needed
 *                          when the managed value is below the threshold
 */
public record ApplicationRequest(String registerCountry, String registerNumber, String website,
                                 String acceptedConditions, String committedValue) {
}
