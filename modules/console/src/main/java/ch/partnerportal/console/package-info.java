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
 */
package ch.partnerportal.console;
