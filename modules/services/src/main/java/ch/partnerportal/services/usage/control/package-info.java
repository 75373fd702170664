/** The deterministic usage simulator: what hosted products would measure, per product and day. */
package ch.partnerportal.services.usage.control;
