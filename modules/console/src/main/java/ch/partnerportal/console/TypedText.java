package ch.partnerportal.console;

import ch.partnerportal.kernel.PlainText;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text field of the console, as the API's bodies: normalized (NFC) and trimmed, and refused
 * with a translated message when it holds what nobody types (control characters, a line break in a
 * one-line field, invisible direction marks, broken characters). Applies to every input bound to a
 * {@code String}, so no page can forget it.
 */
@FacesConverter(forClass = String.class)
public class TypedText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        String field = component.getAttributes().getOrDefault("label", component.getId()).toString();
        try {
            return component instanceof HtmlInputTextarea ? PlainText.lines(field, value) : PlainText.line(field, value);
        } catch (Refusal refusal) {
            String text = refusal.message(Feedback.locale(context));
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, refusal.errorCode().code()));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
