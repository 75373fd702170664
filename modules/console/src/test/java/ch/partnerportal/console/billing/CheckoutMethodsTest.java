package ch.partnerportal.console.billing;

import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Currency;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CheckoutMethodsTest {

    @Test
    void PAY_5_PAY_9_postFinanceIsOfferedOnlyInFrancs() {
        assertThat(CheckoutPage.methodsFor(Currency.CHF, BigDecimal.ZERO, new BigDecimal("28.10")))
                .containsExactly(PaymentMethod.CARD, PaymentMethod.POSTFINANCE, PaymentMethod.TWINT,
                        PaymentMethod.PAYPAL, PaymentMethod.IBAN_TRANSFER);
        assertThat(CheckoutPage.methodsFor(Currency.EUR, BigDecimal.ZERO, new BigDecimal("28.10")))
                .containsExactly(PaymentMethod.CARD, PaymentMethod.TWINT, PaymentMethod.PAYPAL,
                        PaymentMethod.IBAN_TRANSFER);
    }

    @Test
    void PAY_5_theBalanceAlonePaysOnlyWhenItCoversTheAmount() {
        assertThat(CheckoutPage.methodsFor(Currency.CHF, new BigDecimal("28.05"), new BigDecimal("28.10")))
                .doesNotContain(PaymentMethod.PREPAID);
        assertThat(CheckoutPage.methodsFor(Currency.CHF, new BigDecimal("28.10"), new BigDecimal("28.10")))
                .endsWith(PaymentMethod.PREPAID);
    }

    @Test
    void PAY_5_theBalanceCombinesWithEveryMethodButATransfer() {
        assertThat(CheckoutPage.combinesWithBalance(PaymentMethod.CARD)).isTrue();
        assertThat(CheckoutPage.combinesWithBalance(PaymentMethod.POSTFINANCE)).isTrue();
        assertThat(CheckoutPage.combinesWithBalance(PaymentMethod.PAYPAL)).isTrue();
        assertThat(CheckoutPage.combinesWithBalance(PaymentMethod.TWINT)).isTrue();
        assertThat(CheckoutPage.combinesWithBalance(PaymentMethod.IBAN_TRANSFER)).isFalse();
        assertThat(CheckoutPage.combinesWithBalance(PaymentMethod.PREPAID)).isFalse();
    }
}
