package ch.partnerportal.services.api;

import ch.partnerportal.kernel.Localizable;
import ch.partnerportal.tenancy.api.ProductAccess;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A kind of product as a message names it in the reader's language ("domain", "Domain", "domaine"). */
public record KindName(ProductAccess kind) implements Localizable {

    @Override
    public String in(Locale locale) {
        try {
            return ResourceBundle.getBundle("ch.partnerportal.services.messages", locale, KindName.class.getClassLoader())
                    .getString("kind." + kind.slug());
        } catch (MissingResourceException e) {
            return kind.slug();
        }
    }
}
