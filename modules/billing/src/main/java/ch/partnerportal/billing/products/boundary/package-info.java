/**
 * The products an organization holds, as the modules that serve them read them
 * ({@link ch.partnerportal.billing.api.HeldProducts}); buying and renewing them is the orders'.
 */
package ch.partnerportal.billing.products.boundary;
