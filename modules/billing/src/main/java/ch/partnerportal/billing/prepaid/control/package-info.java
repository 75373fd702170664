/** Work of the prepaid account that needs its own transaction. */
package ch.partnerportal.billing.prepaid.control;
