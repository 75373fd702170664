/**
 * Products an organization holds. Decision: a product bought for N months (12 a year) expires N
 * months after the day of payment (in Swiss time), on the same day of the month or the month's last
 * day when it has fewer; renewal, blocking and termination come with the renewal issue.
 */
package ch.partnerportal.billing.products.entity;
