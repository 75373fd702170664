package ch.partnerportal.partner.api;

import java.time.LocalDate;

/** PAR-4: a client offers a partner access, optionally until a day; what it offers is what it grants. */
public record PartnerAuthorization(String partnerOrganizationId, AccessScope access, LocalDate endsOn, String note) {
}
