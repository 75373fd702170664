/** Invoice numbering without gaps, per series, currency and year. */
package ch.partnerportal.billing.invoices.control;
