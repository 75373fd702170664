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
 *   <li>A login ID or invited address passes Apache Commons Validator's e-mail check (RFC syntax, a
 *       known top-level domain); quoted local parts and IP literals, valid by the RFC, are refused:
 *       nobody logs in with them, and they are where injection hides.</li>
 *   <li>An invitation's language is one of en, de, fr, it when given, refused otherwise (TEN-125); a
 *       browser's or token's language is only a preference and falls back to English.</li>
 * </ul>
 */
package ch.partnerportal.tenancy;
