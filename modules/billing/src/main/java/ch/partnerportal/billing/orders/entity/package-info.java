/** Orders of new products (PAY-4): placed, then paid in one payment producing one invoice. */
package ch.partnerportal.billing.orders.entity;
