package ch.partnerportal.console;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Localizable;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Puts translated messages on the page. */
public final class Feedback {

    private Feedback() {
    }

    public static void refusal(Refusal refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = refusal.message(locale(context));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, refusal.errorCode().code()));
        context.validationFailed();
    }

    /** A facade call made for its effect. */
    @FunctionalInterface
    public interface Step {
        void run() throws Refusal;
    }

    /**
     * Runs the step; a refusal becomes the page's translated message.
     *
     * @return whether it was done
     */
    public static boolean done(Step step) {
        try {
            step.run();
            return true;
        } catch (Refusal refusal) {
            refusal(refusal);
            return false;
        }
    }

    public static void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context, key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static String text(FacesContext context, String key, Object... arguments) {
        Locale locale = locale(context);
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "t");
        return new MessageFormat(bundle.getString(key), locale).format(Localizable.shown(arguments, locale));
    }

    /** A value in the page's language ("6 months"). */
    public static String text(FacesContext context, Localizable value) {
        return value.in(locale(context));
    }

    static Locale locale(FacesContext context) {
        return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
