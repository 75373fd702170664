/**
 * What other modules and the two web modules may use of tenancy: the facades' views, the role and
 * permission vocabularies, the error codes, and the events fired when an organization changes.
 */
package ch.partnerportal.tenancy.api;
