/** What the portal keeps of a payment provider's state: saved payment profiles. */
package ch.partnerportal.billing.payments.entity;
