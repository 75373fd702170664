package ch.partnerportal.billing.payments.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Forgets idempotency keys past {@link RequestKeys#LIFETIME} every night. Several servers may run it
 * at once: each deletes rows the others have not, and a row deleted twice is simply gone.
 */
@Stateless
public class ExpiredRequestKeys {

    @Inject
    RequestKeys keys;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void forget() {
        keys.forgetExpired(10_000);
    }
}
