/** The users page: list with search, add by invitation, edit role and access, remove, leave (ORG-2 to ORG-9). */
package ch.partnerportal.console.users;
