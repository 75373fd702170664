package ch.partnerportal.partner.notices;

import ch.partnerportal.kernel.Notice;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The translated e-mails of the partner programme: applications and reviews (PAR-1), relationships (PAR-3 to PAR-5, PAR-10). */
public final class PartnerNotices {

    private static final String BUNDLE = "ch.partnerportal.partner.notices";
    private static final ZoneId SWITZERLAND = ZoneId.of("Europe/Zurich");

    private PartnerNotices() {
    }

    /**
     * @param kind a key of the {@code notices} bundle (application-received, relationship-invited, ...);
     *             its texts take an organization, a reason or note, the console's address and a date,
     *             in that order, and then what the kind adds
     * @param more from {4} on: an instant is written as a date and time in Swiss time, a number stays one
     *             (for a choice of words), the rest as text
     */
    public static Notice of(String kind, String recipient, Locale locale, String organization, String reason,
                            String consoleUrl, Instant date, Object... more) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, PartnerNotices.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = new Object[4 + more.length];
        arguments[0] = organization;
        arguments[1] = reason == null ? "" : reason;
        arguments[2] = consoleUrl;
        arguments[3] = date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(date.atZone(SWITZERLAND));
        for (int i = 0; i < more.length; i++) {
            arguments[4 + i] = more[i] instanceof Instant instant
                    ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .format(instant.atZone(SWITZERLAND)) : more[i] instanceof Number ? more[i] : String.valueOf(more[i]);
        }
        return new Notice(recipient, new MessageFormat(texts.getString(kind + ".subject"), locale).format(arguments),
                new MessageFormat(texts.getString(kind + ".body"), locale).format(arguments), kind);
    }
}
