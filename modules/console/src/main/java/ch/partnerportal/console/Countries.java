package ch.partnerportal.console;

import ch.partnerportal.console.session.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The countries to choose from (an organization's address, a company's register), by name in the page's language. */
@Named
@RequestScoped
public class Countries {

    @Inject
    Language language;

    public List<SelectItem> getChoices() {
        Locale locale = language.getLocale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }
}
