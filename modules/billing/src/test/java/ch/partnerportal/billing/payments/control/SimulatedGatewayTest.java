package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedGatewayTest {

    private final SimulatedGateway gateway = new SimulatedGateway();

    private static PaymentGateway.Charge charge(String key, String amount, String card) {
        return new PaymentGateway.Charge(key, Money.of(amount, Currency.CHF), PaymentMethod.CARD, card, "test");
    }

    @Test
    void PAY_5_testCardsAreApprovedOrDeclinedLikeAtARealProvider() throws Refusal {
        PaymentGateway.Result visa = gateway.charge(charge("k1", "10.00", "4242 4242 4242 4242"));
        assertThat(visa.approved()).isTrue();
        assertThat(visa.brand()).isEqualTo("Visa");
        assertThat(visa.lastDigits()).isEqualTo("4242");
        assertThat(gateway.charge(charge("k2", "10.00", "5555-5555-5555-4444")).brand()).isEqualTo("MasterCard");
        assertThat(gateway.charge(charge("k3", "10.00", "4000000000000002")).outcome())
                .isEqualTo(PaymentGateway.Outcome.DECLINED);
        assertThat(gateway.charge(charge("k4", "10.00", "4000000000009995")).outcome())
                .isEqualTo(PaymentGateway.Outcome.INSUFFICIENT_FUNDS);
    }

    @Test
    void PAY_5_numbersWithAWrongCheckDigitAreRefusedBeforeAnyCharge() {
        for (String bad : new String[] {"4242424242424241", "1234", "", "abcd efgh ijkl mnop", "42424242424242424242"}) {
            assertThatThrownBy(() -> gateway.charge(charge("k-" + bad, "10.00", bad)))
                    .isInstanceOfSatisfying(Refusal.class,
                            r -> assertThat(r.errorCode()).isEqualTo(BillingError.CARD_NUMBER_INVALID));
        }
        assertThat(SimulatedGateway.luhnValid("79927398713")).isFalse();
        assertThat(SimulatedGateway.luhnValid("4111111111111111")).isTrue();
    }

    @Test
    void PAY_5_aRepeatedRequestGetsTheFirstAnswerAndAReusedKeyIsRefused() throws Refusal {
        PaymentGateway.Result first = gateway.charge(charge("same", "25.00", "4242424242424242"));
        PaymentGateway.Result again = gateway.charge(charge("same", "25.00", "4242 4242 4242 4242"));
        assertThat(again.transactionId()).isEqualTo(first.transactionId());
        assertThatThrownBy(() -> gateway.charge(charge("same", "30.00", "4242424242424242")))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(BillingError.IDEMPOTENCY_KEY_REUSED));
    }
}
