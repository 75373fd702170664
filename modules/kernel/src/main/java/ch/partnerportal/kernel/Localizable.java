package ch.partnerportal.kernel;

import java.util.Locale;

/**
 * A value a message shows in the reader's language ("3 years", "3 Jahre"), for words a message
 * pattern cannot choose by itself.
 */
public interface Localizable {

    String in(Locale locale);

    /** The message arguments as the reader sees them: each localizable one in their language. */
    static Object[] shown(Object[] arguments, Locale locale) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Localizable value) {
                shown[i] = value.in(locale);
            }
        }
        return shown;
    }
}
