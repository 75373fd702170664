package ch.partnerportal.kernel;

import java.util.Locale;

/**
 * A value a refusal's message shows in the reader's language ("3 years", "3 Jahre"), for words a
 * message pattern cannot choose by itself.
 */
public interface Localizable {

    String in(Locale locale);
}
