/** What other modules may use of identity: looking up people known to the identity provider. */
package ch.partnerportal.identity.api;
