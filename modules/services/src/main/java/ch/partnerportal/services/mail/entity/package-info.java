/**
 * Mailboxes of mail services, their addresses, readers, aliases and forwarding, and the audit of their
 * sign-ins. Decisions where the rules are silent:
 * <ul>
 *   <li>An address (mailbox or alias) exists once on the platform and lies in a domain the mailbox's
 *       organization holds; a domain another organization holds is refused as such (SRV-452).</li>
 *   <li>Readers are accounts that are members of the organization (externals included). A second
 *       reader added to a unified mailbox ends the unification (IDN-3): the mailbox then has no password
 *       until one is set, and the account is told by e-mail.</li>
 *   <li>Unification may be accepted by whoever may change the mailbox's password: the rule's three
 *       conditions are about the account whose login ID is the address, and that account is then the
 *       mailbox's only reader.</li>
 *   <li>At most 20 aliases and 10 forwarding addresses per mailbox; forwarding keeps a copy unless told.</li>
 * </ul>
 */
package ch.partnerportal.services.mail.entity;
