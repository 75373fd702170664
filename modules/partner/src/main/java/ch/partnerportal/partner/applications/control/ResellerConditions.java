package ch.partnerportal.partner.applications.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The reseller conditions an applicant accepts (PAR-1), versioned: a new version is a new folder of
 * texts and a new {@link #CURRENT}; applications keep the version their applicant accepted.
 */
public final class ResellerConditions {

    public static final String CURRENT = "2026-12";

    private ResellerConditions() {
    }

    /** The current version's text in one of the portal's languages. */
    public static String text(Locale locale) {
        String language = locale.getLanguage();
        String path = "ch/partnerportal/partner/conditions/" + CURRENT + "/" + language + ".txt";
        try (InputStream in = ResellerConditions.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No reseller conditions at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
