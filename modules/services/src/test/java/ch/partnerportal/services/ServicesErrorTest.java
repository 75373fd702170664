package ch.partnerportal.services;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.KindName;
import ch.partnerportal.services.api.ServicesError;
import ch.partnerportal.tenancy.api.ProductAccess;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesErrorTest {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN};

    @Test
    void codesAreUniqueAndNumberedForServices() {
        Set<String> codes = new HashSet<>();
        for (ServicesError error : ServicesError.values()) {
            assertThat(error.code()).matches("SRV-4[0-9]{2}");
            assertThat(codes.add(error.code())).as(error.code()).isTrue();
            assertThat(error.httpStatus()).as(error.code()).isBetween(400, 499);
        }
    }

    @Test
    void everyCodeNoticeAndKindIsTranslatedIntoEnglishGermanFrenchAndItalian() {
        ResourceBundle english = ResourceBundle.getBundle("ch.partnerportal.services.messages", Locale.ROOT);
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle("ch.partnerportal.services.messages", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.keySet()).as(language.toString()).containsExactlyInAnyOrderElementsOf(english.keySet());
            for (ServicesError error : ServicesError.values()) {
                assertThat(bundle.keySet()).as(language + " " + error.code()).contains(error.code());
                String text = new MessageFormat(bundle.getString(error.code()), language)
                        .format(new Object[] {2, 10, "X3"});
                assertThat(text).as(language + " " + error.code()).doesNotContain("{", "}").isNotBlank();
                if (!Locale.ENGLISH.equals(language)) {
                    assertThat(bundle.getString(error.code())).as(language + " " + error.code())
                            .isNotEqualTo(english.getString(error.code()));
                }
            }
            for (ProductAccess kind : ProductAccess.values()) {
                if (kind != ProductAccess.BILLING) {
                    assertThat(bundle.keySet()).contains("kind." + kind.slug());
                }
            }
        }
        assertThat(new Refusal(ServicesError.NOT_THIS_KIND, new KindName(ProductAccess.DOMAINS)).message(Locale.GERMAN))
                .isEqualTo("Dies ist kein Produkt der Art Domain.");
    }
}
