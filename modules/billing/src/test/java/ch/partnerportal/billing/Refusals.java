package ch.partnerportal.billing;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Refusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts that a call is refused with a given code. */
final class Refusals {

    private Refusals() {
    }

    static void refused(BillingError expected, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.errorCode()).isEqualTo(expected));
    }
}
