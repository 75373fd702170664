package ch.partnerportal.billing;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static ch.partnerportal.kernel.Currency.CHF;
import static ch.partnerportal.kernel.Currency.EUR;
import static org.assertj.core.api.Assertions.assertThat;

class BillingErrorTest {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN};

    @Test
    void codesAreUniqueAndNumberedForBilling() {
        Set<String> codes = new HashSet<>();
        for (BillingError error : BillingError.values()) {
            assertThat(error.code()).matches("BIL-3[0-9]{2}");
            assertThat(codes.add(error.code())).as(error.code()).isTrue();
            // a client's mistake, or (503, 504) a part of the installation that is missing or slow
            assertThat(error.httpStatus()).as(error.code()).satisfiesAnyOf(
                    status -> assertThat(status).isBetween(400, 499),
                    status -> assertThat(status).isIn(503, 504));
        }
    }

    @Test
    void everyCodeIsTranslatedIntoEnglishGermanFrenchAndItalian() {
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle("ch.partnerportal.billing.messages", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.keySet()).as(language.toString())
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(BillingError.values())
                            .map(BillingError::code).toList());
            for (BillingError error : BillingError.values()) {
                String text = new MessageFormat(bundle.getString(error.code()), language)
                        .format(new Object[] {2, 10, "X3"});
                assertThat(text).as(language + " " + error.code()).doesNotContain("{", "}").isNotBlank();
                if (!Locale.ENGLISH.equals(language)) {
                    ResourceBundle english = ResourceBundle.getBundle("ch.partnerportal.billing.messages",
                            Locale.ROOT);
                    assertThat(bundle.getString(error.code())).as(language + " " + error.code())
                            .isNotEqualTo(english.getString(error.code()));
                }
            }
        }
    }

    @Test
    void aRefusalReadsInTheUsersLanguage() {
        Refusal refusal = new Refusal(BillingError.PERIOD_NOT_ALLOWED, SpokenPeriod.of(132));
        assertThat(refusal.message(Locale.ENGLISH)).isEqualTo(
                "This product cannot be paid for 11 years at once. Choose one of the periods it is offered for.");
        assertThat(refusal.getMessage()).isEqualTo("BIL-313 " + refusal.message(Locale.ENGLISH));
        assertThat(refusal.message(Locale.GERMAN)).contains("für 11 Jahre auf einmal");
        assertThat(new Refusal(BillingError.PERIOD_NOT_ALLOWED, SpokenPeriod.of(1)).message(Locale.ENGLISH))
                .contains("for 1 month at");
        assertThat(new Refusal(BillingError.PERIOD_NOT_ALLOWED, SpokenPeriod.of(2)).message(Locale.FRENCH))
                .contains("pour 2 mois d’un coup");
        assertThat(new Refusal(BillingError.PERIOD_NOT_ALLOWED, SpokenPeriod.of(12)).message(Locale.ITALIAN))
                .contains("per 1 anno in");
        assertThat(new Refusal(BillingError.DEPOSIT_OUT_OF_RANGE, "CHF 0.10", "CHF 9999.00").message(Locale.ITALIAN))
                .isEqualTo("Un deposito sul conto prepagato è compreso tra CHF 0.10 e CHF 9999.00.");
        assertThat(refusal.errorCode().slug()).isEqualTo("period-not-allowed");
    }

    @Test
    void PAY_5_paymentMethodsAndWhatEachMayDo() {
        assertThat(PaymentMethod.POSTFINANCE.availableIn(CHF)).isTrue();
        assertThat(PaymentMethod.POSTFINANCE.availableIn(EUR)).isFalse();
        for (PaymentMethod method : PaymentMethod.values()) {
            if (method != PaymentMethod.POSTFINANCE) {
                assertThat(method.availableIn(EUR)).as(method.name()).isTrue();
            }
        }
        assertThat(Set.of(PaymentMethod.values())).filteredOn(PaymentMethod::mayCreditPrepaidAccount)
                .containsExactlyInAnyOrder(PaymentMethod.CARD, PaymentMethod.POSTFINANCE, PaymentMethod.IBAN_TRANSFER);
        assertThat(Set.of(PaymentMethod.values())).filteredOn(PaymentMethod::supportsAutomaticRenewal)
                .containsExactlyInAnyOrder(PaymentMethod.CARD, PaymentMethod.TWINT);
        assertThat(Set.of(PaymentMethod.values())).filteredOn(PaymentMethod::startsWithProForma)
                .containsExactly(PaymentMethod.IBAN_TRANSFER);
    }
}
