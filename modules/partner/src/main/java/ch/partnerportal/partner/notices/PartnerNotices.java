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
     *             in that order
     */
    public static Notice of(String kind, String recipient, Locale locale, String organization, String reason,
                            String consoleUrl, Instant date) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, PartnerNotices.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = {organization, reason == null ? "" : reason, consoleUrl,
                date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(date.atZone(SWITZERLAND))};
        return new Notice(recipient, new MessageFormat(texts.getString(kind + ".subject"), locale).format(arguments),
                new MessageFormat(texts.getString(kind + ".body"), locale).format(arguments), kind);
    }
}
