package ch.partnerportal.partner.api;

import java.time.LocalDate;

/**
 * The other side's answer to a request (PAR-3 to PAR-5). A client accepting a partner's request may
 * grant other access than was asked ({@code grant}; left out, what was asked) and an end date; a
 * partner accepts the client's offer as it is.
 */
public record RequestAnswer(AccessScope grant, LocalDate endsOn, String note) {
}
