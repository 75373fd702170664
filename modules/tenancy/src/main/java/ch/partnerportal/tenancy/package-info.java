/**
 * Tenancy: organizations, the accounts that log in, their memberships and roles, and invitations
 * (rules ORG-1 to ORG-9).
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>Only a legal representative may appoint, demote or remove a legal representative;
 *       administrators manage administrators, collaborators and externals.</li>
 *   <li>An account left without any organization (removed from its last one, or left it) gets a new
 *       organization of its own at its next sign-in, so ORG-1 holds again without refusing the
 *       removal.</li>
 *   <li>An invitation is valid for 7 days. Resending issues a new link (the old one stops working) and
 *       a new 7-day period. Only the invited e-mail address can accept it; an account that logs in
 *       with another address is refused.</li>
 *   <li>Every membership change locks the organization row first, so the legal representative count is
 *       read and changed by one transaction at a time (ORG-7 under concurrency).</li>
 *   <li>The caller is always taken from the container's security context, never from a parameter.</li>
 * </ul>
 */
package ch.partnerportal.tenancy;
