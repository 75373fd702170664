/**
 * The tiny shared kernel every module may depend on: how a business refusal is expressed
 * ({@link ch.partnerportal.kernel.ErrorCode}, {@link ch.partnerportal.kernel.Refusal}), the clock,
 * and the e-mail notice that modules hand over for delivery ({@link ch.partnerportal.kernel.Notice}).
 * Nothing here knows any bounded context.
 */
package ch.partnerportal.kernel;
