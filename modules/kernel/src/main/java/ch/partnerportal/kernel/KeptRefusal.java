package ch.partnerportal.kernel;

import jakarta.ejb.ApplicationException;

/**
 * A refusal after which what the request wrote must stay: a payment whose answer the provider lost is
 * recorded as in doubt (its amounts fixed, its balance part held) so that a repeat completes that very
 * attempt, and a new request first settles an earlier one that the provider had in fact approved. Unlike
 * {@link Refusal}, the transaction commits.
 */
@ApplicationException(rollback = false)
public class KeptRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public KeptRefusal(ErrorCode errorCode, Object... arguments) {
        super(errorCode, arguments);
    }
}
