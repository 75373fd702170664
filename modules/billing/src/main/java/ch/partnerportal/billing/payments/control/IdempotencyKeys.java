package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Refusal;

/** Every request that moves money names its idempotency key: 1 to 100 characters. */
public final class IdempotencyKeys {

    private static final int MAX_KEY = 100;

    private IdempotencyKeys() {
    }

    public static String require(String key) throws Refusal {
        String stripped = key == null ? "" : key.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_KEY) {
            throw new Refusal(BillingError.IDEMPOTENCY_KEY_REQUIRED);
        }
        return stripped;
    }
}
