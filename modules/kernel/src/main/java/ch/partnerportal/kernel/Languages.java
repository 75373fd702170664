package ch.partnerportal.kernel;

import java.util.List;
import java.util.Locale;

/** The languages the portal speaks: English, German, French, Italian; English for any other. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "de", "fr", "it");

    private Languages() {
    }

    /** The reader's first language the portal speaks (an Accept-Language in its order), else English. */
    public static Locale firstSupported(Iterable<Locale> accepted) {
        for (Locale locale : accepted) {
            if (SUPPORTED.contains(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
