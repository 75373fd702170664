package ch.partnerportal.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrencyTest {

    @Test
    void PAY_9_switzerlandAndLiechtensteinBillInFrancsEveryOtherCountryInEuros() {
        assertThat(Currency.forBillingCountry("CH")).isEqualTo(Currency.CHF);
        assertThat(Currency.forBillingCountry(" ch ")).isEqualTo(Currency.CHF);
        assertThat(Currency.forBillingCountry("LI")).isEqualTo(Currency.CHF);
        for (String country : new String[] {"DE", "FR", "IT", "AT", "US", "GB", "BE"}) {
            assertThat(Currency.forBillingCountry(country)).as(country).isEqualTo(Currency.EUR);
        }
    }

    @Test
    void PAY_9_everyIsoCountryHasACurrencyAndOnlySwitzerlandAndLiechtensteinHaveFrancs() {
        int francs = 0;
        for (String country : Locale.getISOCountries()) {
            if (Currency.forBillingCountry(country) == Currency.CHF) {
                francs++;
                assertThat(country).isIn("CH", "LI");
            }
        }
        assertThat(francs).isEqualTo(2);
    }

    @Test
    void PAY_9_somethingThatIsNotACountryCodeIsAProgrammingError() {
        for (String wrong : new String[] {null, "", " ", "C", "CHE", "C1", "Schweiz"}) {
            assertThatThrownBy(() -> Currency.forBillingCountry(wrong)).as(String.valueOf(wrong))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void PAY_9_francsArePaidInStepsOfFiveRappenEurosInCents() {
        assertThat(Currency.CHF.smallestPayableStep()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(Currency.EUR.smallestPayableStep()).isEqualByComparingTo(new BigDecimal("0.01"));
        assertThat(Currency.CHF.code()).isEqualTo("CHF");
        assertThat(java.util.Currency.getInstance(Currency.EUR.code()).getDefaultFractionDigits()).isEqualTo(2);
    }
}
