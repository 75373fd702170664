package ch.partnerportal.console.session;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failed Ajax request leads to the portal's error page too. Faces would answer it with an error
 * element naming the exception's class, which the page ignores: the button would seem to do nothing.
 * A page whose view expired (session timed out, ViewState forged or replayed after logout) goes to the
 * translated "page expired" page, any other failure to the "something went wrong" page. Requests that
 * are not Ajax fail as usual and reach the error pages of web.xml.
 */
public class AjaxFailures extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(AjaxFailures.class.getName());

    public AjaxFailures(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
                if (queued.hasNext()) {
                    Throwable failure = queued.next().getContext().getException();
                    boolean expired = isExpired(failure);
                    if (!expired) {
                        LOG.log(Level.SEVERE, "Unexpected failure of an Ajax request", failure);
                    }
                    queued.remove();
                    while (queued.hasNext()) {
                        queued.next();
                        queued.remove();
                    }
                    redirect(context, expired ? "expired" : "500");
                    return;
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpired(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void redirect(FacesContext context, String page) {
            try {
                var external = context.getExternalContext();
                external.redirect(external.getRequestContextPath() + "/error?page=" + page + "&from="
                        + URLEncoder.encode(external.getRequestServletPath(), StandardCharsets.UTF_8));
                context.responseComplete();
            } catch (IOException lost) {
                throw new FacesException(lost);
            }
        }
    }
}
