package ch.partnerportal.console.session;

import ch.partnerportal.kernel.Languages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The console's language: the browser's first supported language until the user chooses one. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> SUPPORTED = Languages.SUPPORTED;
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromBrowser();
        }
        return locale;
    }

    /** For servlets beside the pages: the chosen language, else the request's if supported. */
    public Locale localeOrBrowser(Locale requested) {
        if (locale != null) {
            return locale;
        }
        return requested != null && SUPPORTED.contains(requested.getLanguage())
                ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ENGLISH;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /** The language's own name, so everyone finds theirs. */
    public String nameOf(String code) {
        Locale language = Locale.forLanguageTag(code);
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** A date and time in Swiss time, written the way the page's language writes it. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(SWISS_TIME).format(instant);
    }

    /** A calendar date (an expiry, an invoice date) written the way the page's language writes it. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    public void choose(String code) {
        if (SUPPORTED.contains(code)) {
            locale = Locale.forLanguageTag(code);
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getViewRoot() != null) {
                context.getViewRoot().setLocale(locale);
            }
        }
    }

    private static Locale fromBrowser() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            Iterator<Locale> accepted = context.getExternalContext().getRequestLocales();
            while (accepted.hasNext()) {
                String language = accepted.next().getLanguage();
                if (SUPPORTED.contains(language)) {
                    return Locale.forLanguageTag(language);
                }
            }
        }
        return Locale.ENGLISH;
    }
}
