/** What other modules may use of identity: people's names and the logout address of the identity provider. */
package ch.partnerportal.identity.api;
