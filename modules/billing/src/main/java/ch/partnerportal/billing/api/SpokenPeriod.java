package ch.partnerportal.billing.api;

import ch.partnerportal.kernel.Localizable;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A period counted in its unit (PAY-8): in years when it is whole years ("2 years", priced by the
 * year), otherwise in months ("3 months", priced by the month). Periods travel in months; the texts
 * have a {@code years} and a {@code months} entry.
 *
 * @param unit  {@code years} or {@code months}, the key of the text to use
 * @param count how many of them
 */
public record SpokenPeriod(String unit, int count) implements Localizable, Serializable {

    public static SpokenPeriod of(int months) {
        return months % 12 == 0 ? new SpokenPeriod("years", months / 12) : new SpokenPeriod("months", months);
    }

    public static SpokenPeriod years(int years) {
        return new SpokenPeriod("years", years);
    }

    public boolean inYears() {
        return "years".equals(unit);
    }

    /** In the words of the billing documents' texts. */
    @Override
    public String in(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("ch.partnerportal.billing.documents", locale,
                SpokenPeriod.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(unit), locale).format(new Object[] {count});
    }
}
