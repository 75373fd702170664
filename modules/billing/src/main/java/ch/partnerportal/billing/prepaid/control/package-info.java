/**
 * The prepaid account's work behind its facade: finding or opening an account under its lock, booking
 * a deposit once the provider decided, and the poll that asks the provider about waiting deposits.
 */
package ch.partnerportal.billing.prepaid.control;
