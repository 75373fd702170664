package ch.partnerportal.console.session;

import ch.partnerportal.kernel.ErrorPage;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The portal's error page in the language the person chose in the console, else the browser's. */
public class ConsoleErrorPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Language language;

    @Override
    protected Locale locale(HttpServletRequest request) {
        Locale browser = super.locale(request);
        // asking the session-scoped language would open a session for every stray visitor
        return request.getSession(false) == null ? browser : language.localeOrBrowser(browser);
    }
}
