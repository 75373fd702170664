/**
 * The tiny shared kernel every module may depend on: how a business refusal is expressed
 * ({@link ch.partnerportal.kernel.ErrorCode}, {@link ch.partnerportal.kernel.Refusal}), exact amounts
 * ({@link ch.partnerportal.kernel.Money} in a {@link ch.partnerportal.kernel.Currency}, PAY-9), the
 * clock, the e-mail notice that modules hand over for delivery ({@link ch.partnerportal.kernel.Notice}),
 * and each module's schema migrations ({@link ch.partnerportal.kernel.Migrations}).
 * Nothing here knows any bounded context.
 */
package ch.partnerportal.kernel;
