/**
 * The products pages: the organization's products, and one product's settings and usage charts.
 * Decisions: a member sees the products of the kinds they hold a permission for (one with the billing
 * permission sees them all, with the permission managing each needs); usage shows the last 30 days.
 */
package ch.partnerportal.console.products;
