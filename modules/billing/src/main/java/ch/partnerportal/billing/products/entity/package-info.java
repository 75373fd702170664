/**
 * Products an organization holds. Decision: a product bought for N years expires N years after the
 * day of payment (in Swiss time); renewal, blocking and termination come with the renewal issue.
 */
package ch.partnerportal.billing.products.entity;
