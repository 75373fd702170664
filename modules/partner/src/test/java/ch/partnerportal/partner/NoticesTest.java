package ch.partnerportal.partner;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.partner.notices.PartnerNotices;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class NoticesTest {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN};

    @Test
    void everyEmailIsWrittenInEnglishGermanFrenchAndItalianWithItsPlaceholdersFilled() {
        ResourceBundle english = ResourceBundle.getBundle("ch.partnerportal.partner.notices", Locale.ROOT);
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle("ch.partnerportal.partner.notices", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.keySet()).as(language.toString()).containsExactlyInAnyOrderElementsOf(english.keySet());
            for (String key : english.keySet()) {
                String kind = key.substring(0, key.lastIndexOf('.'));
                Notice notice = PartnerNotices.of(kind, "maria@client.ch", language, "Rossi SA", "A note",
                        "https://portal.example/app", Instant.parse("2026-12-06T10:00:00Z"),
                        // what an elevation's notices add; the others leave them out
                        "luca@partner.ch", 2, Instant.parse("2026-12-07T10:00:00Z"));
                assertThat(notice.subject() + notice.body()).as(language + " " + key)
                        .doesNotContain("{", "''").contains("Rossi SA");
            }
        }
    }
}
