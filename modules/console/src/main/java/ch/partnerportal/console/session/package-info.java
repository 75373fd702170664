/** The signed-in person's browser session: account, current organization, language. */
package ch.partnerportal.console.session;
