/** The invitation link's pages: what the invitation offers (public) and its acceptance (after login). */
package ch.partnerportal.console.invitations;
