/**
 * IBAN transfers: the references customers quote (QR reference for CHF, ISO 11649 creditor reference
 * for EUR) and the credits the bank reported, each kept once with what became of it.
 */
package ch.partnerportal.billing.transfers.entity;
