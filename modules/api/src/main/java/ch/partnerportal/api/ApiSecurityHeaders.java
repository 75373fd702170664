package ch.partnerportal.api;

import ch.partnerportal.kernel.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;

/** Every answer under /api, the container's own included, carries the security headers; the API serves no page. */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ApiSecurityHeaders extends SecurityHeaders {

    private static final long serialVersionUID = 1L;
}
