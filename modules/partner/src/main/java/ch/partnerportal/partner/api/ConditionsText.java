package ch.partnerportal.partner.api;

/** The reseller conditions as an applicant reads them (PAR-1): their version and their text in a language. */
public record ConditionsText(String version, String language, String text) {
}
