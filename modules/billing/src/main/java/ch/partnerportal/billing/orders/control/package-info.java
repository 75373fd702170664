/** What the order facade and the bank transfer import share: handing over what a paid order bought. */
package ch.partnerportal.billing.orders.control;
