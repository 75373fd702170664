package ch.partnerportal.partner.applications.control;

import ch.partnerportal.kernel.Notice;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The translated e-mails of the partner programme's applications and reviews (PAR-1). */
public final class ApplicationNotices {

    private static final String BUNDLE = "ch.partnerportal.partner.notices";
    private static final ZoneId SWITZERLAND = ZoneId.of("Europe/Zurich");

    private ApplicationNotices() {
    }

    /**
     * @param kind application-received, application-approved, application-refused, partnership-revoked
     *             or below-threshold; its texts take the organization, the reason, the console's
     *             address and a date, in that order
     */
    public static Notice of(String kind, String recipient, Locale locale, String organization, String reason,
                            String consoleUrl, Instant date) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, ApplicationNotices.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = {organization, reason == null ? "" : reason, consoleUrl,
                date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(date.atZone(SWITZERLAND))};
        return new Notice(recipient, new MessageFormat(texts.getString(kind + ".subject"), locale).format(arguments),
                new MessageFormat(texts.getString(kind + ".body"), locale).format(arguments), kind);
    }
}
