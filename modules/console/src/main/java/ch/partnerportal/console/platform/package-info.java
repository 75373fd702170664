/**
 * Pages for the provider's own staff (realm role {@code platform-admin}, under {@code /app/platform/}):
 * the bank notification import. The web module's security constraint keeps others out, and the
 * billing facade checks the role again.
 *
 * <p>Decision: the import is a plain upload of the file the accountants download from e-banking; a
 * file is imported whole or not at all, and importing it again books nothing twice.
 */
package ch.partnerportal.console.platform;
