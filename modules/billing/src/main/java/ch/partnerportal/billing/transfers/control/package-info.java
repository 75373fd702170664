/**
 * Reading bank notifications, handing out transfer references, and drawing Swiss QR-bills with the
 * qrbill-generator library.
 */
package ch.partnerportal.billing.transfers.control;
