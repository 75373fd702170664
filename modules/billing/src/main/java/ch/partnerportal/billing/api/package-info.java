/**
 * What other modules and the two web modules may use of billing: the error codes
 * ({@link ch.partnerportal.billing.api.BillingError}, BIL-3xx) and the payment methods' vocabulary
 * ({@link ch.partnerportal.billing.api.PaymentMethod}). The facades' views and the events
 * ({@code InvoicePaid}, ...) join them when the facades are written.
 */
package ch.partnerportal.billing.api;
