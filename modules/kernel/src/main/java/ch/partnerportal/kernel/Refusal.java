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
                Localizable.shown(arguments, Locale.ENGLISH)));
        this.errorCode = errorCode;
        this.arguments = arguments.clone();
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The message in the reader's language (falls back to English). */
    public String message(Locale locale) {
        return new MessageFormat(text(errorCode, locale), locale).format(Localizable.shown(arguments, locale));
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
