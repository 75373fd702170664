/**
 * Invoices as documents (PAY-7): the PDF of any invoice or pro-forma of the caller's organization, in
 * the reader's language. The supplier block comes from configuration ({@code portal.supplier.name},
 * {@code portal.supplier.street}, ...; see SupplierDetails); the defaults name a demo supplier.
 */
package ch.partnerportal.billing.invoices.boundary;
