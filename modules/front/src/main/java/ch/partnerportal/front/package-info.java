/**
 * The server's root ({@code /}): the address people type leads to the console, and every address that
 * is neither the console nor the API answers with the portal's own page in the visitor's language
 * (instead of Liberty's welcome and error pages, which name the server and its classes).
 *
 * <p>Decisions: a permanent redirect is avoided (302), so that moving the console later does not stay
 * in browsers' caches; the page's language is the browser's first supported one (en, de, fr, it).
 */
package ch.partnerportal.front;
