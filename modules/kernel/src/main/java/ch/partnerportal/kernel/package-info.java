/**
 * The tiny shared kernel every module may depend on: how a business refusal is expressed
 * ({@link ch.partnerportal.kernel.ErrorCode}, {@link ch.partnerportal.kernel.Refusal}), exact amounts
 * ({@link ch.partnerportal.kernel.Money} in a {@link ch.partnerportal.kernel.Currency}, PAY-9), the
 * clock, the e-mail notice that modules hand over for delivery ({@link ch.partnerportal.kernel.Notice}),
 * each module's schema migrations ({@link ch.partnerportal.kernel.Migrations}), what counts as typed
 * text ({@link ch.partnerportal.kernel.PlainText}, TXT-001) and the security headers of the web modules
 * ({@link ch.partnerportal.kernel.SecurityHeaders}). Nothing here knows any bounded context.
 *
 * <p>Decisions: text is NFC-normalized and trimmed where it enters; control characters, line breaks in
 * one-line fields, direction overrides and isolates, lone surrogates and non-characters are refused,
 * never silently removed (the person sees what was wrong). HSTS is sent for a year, and only over https
 * (or behind a proxy saying {@code X-Forwarded-Proto: https}), so a plain-http demo is not locked out.
 */
package ch.partnerportal.kernel;
