/**
 * The catalog as customers see it when ordering: each product type with its periods and public
 * prices (PAY-4, PAY-8, PAY-9), for members with the billing permission.
 */
package ch.partnerportal.billing.catalog.boundary;
