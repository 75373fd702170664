package ch.partnerportal.kernel;

import jakarta.ejb.ApplicationException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A business rule refused the request. Checked on purpose: callers must decide what the user sees.
 * Rolls the transaction back, so a refused request leaves nothing half-written.
 */
@ApplicationException(rollback = true)
public class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final Object[] arguments;

    public Refusal(ErrorCode errorCode, Object... arguments) {
        super(errorCode.code() + " " + MessageFormat.format(text(errorCode, Locale.ENGLISH),
                localized(arguments, Locale.ENGLISH)));
        this.errorCode = errorCode;
        this.arguments = arguments.clone();
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The message in the reader's language (falls back to English). */
    public String message(Locale locale) {
        return new MessageFormat(text(errorCode, locale), locale).format(localized(arguments, locale));
    }

    private static Object[] localized(Object[] arguments, Locale locale) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Localizable value) {
                shown[i] = value.in(locale);
            }
        }
        return shown;
    }

    private static String text(ErrorCode code, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(code.bundle(), locale, code.getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.getString(code.code());
        } catch (MissingResourceException e) {
            if (!Locale.ENGLISH.equals(locale)) {
                return text(code, Locale.ENGLISH);
            }
            return code.code();
        }
    }
}
