/**
 * The consoles: JSF (Mojarra) with PrimeFaces. Pages under {@code /app/} need a login through
 * Keycloak (OpenID Connect); the invitation page and the landing page are public. Backing beans only
 * translate and delegate to the facades; refusals are shown translated into the page's language.
 *
 * <p>Decisions: the language comes from the browser (en, de, fr, it; English otherwise) until the
 * user picks one in the header, which is then kept on the account for e-mails too. The current
 * organization is kept per browser session; switching reloads the page for the new organization.
 *
 * <p>The WAR's beans.xml discovers {@code all} classes: with Mojarra in {@code WEB-INF/lib} on
 * Liberty's {@code facesContainer}, Weld does not count Faces' {@code @ViewScoped} as a
 * bean-defining annotation, and view-scoped pages would silently resolve to nothing.
 *
 * <p>Errors and forms from elsewhere: every error is the portal's own page in the person's language
 * ({@code /error}, written without Faces so that it shows when Faces itself fails). A page whose view
 * expired (the session ended, the ViewState was forged or replayed) shows "page expired" with a link
 * back to the page, also for Ajax requests ({@code AjaxFailures} redirects them instead of letting
 * Faces answer an error element the page ignores). A form (POST, PUT, PATCH, DELETE) whose
 * {@code Origin} is neither the console's configured address nor the address it came to is refused
 * with a 403 page before it reaches a page; a request without Origin comes from no browser and is
 * left to the login and the ViewState. Long lists (orders, invoices, credit notes, the ledger) load
 * one page at a time ({@code PagedList}).
 */
package ch.partnerportal.console;
