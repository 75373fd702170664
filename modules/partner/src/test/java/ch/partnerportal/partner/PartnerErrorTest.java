package ch.partnerportal.partner;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerErrorTest {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN};

    @Test
    void codesAreUniqueAndNumberedForThePartnerProgramme() {
        Set<String> codes = new HashSet<>();
        for (PartnerError error : PartnerError.values()) {
            assertThat(error.code()).matches("PRT-5[0-9]{2}");
            assertThat(codes.add(error.code())).as(error.code()).isTrue();
            assertThat(error.httpStatus()).as(error.code()).isBetween(400, 499);
        }
    }

    @Test
    void everyCodeIsTranslatedIntoEnglishGermanFrenchAndItalian() {
        ResourceBundle english = ResourceBundle.getBundle("ch.partnerportal.partner.messages", Locale.ROOT);
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle("ch.partnerportal.partner.messages", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.keySet()).as(language.toString()).containsExactlyInAnyOrderElementsOf(english.keySet());
            for (PartnerError error : PartnerError.values()) {
                String text = new Refusal(error, "XX").message(language);
                assertThat(text).as(language + " " + error.code()).isNotBlank().doesNotContain("{0}", "''");
            }
        }
    }
}
