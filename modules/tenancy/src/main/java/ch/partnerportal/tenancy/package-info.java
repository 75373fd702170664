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
 *   <li>An administrator of the identity provider (Keycloak's console) changes roles, permissions and
 *       removes members without being a member, under ORG-5 to ORG-7 and ORG-9 all the same
 *       ({@code AdministratorChanges}); the affected member's notice names that administrator. Adding
 *       someone who is not a member is refused (TEN-126): a person joins by an invitation they accept
 *       (ORG-4). A member keeps exactly one role: taking the only one away is refused (TEN-128); a
 *       manager's permissions cannot be taken one by one (TEN-129). Every such change and refusal is
 *       in the organization's audit trail.</li>
 *   <li>Where one server owns the database (embedded Derby, {@code portal.single-server}), the users
 *       page is answered from each organization's members held in memory ({@code MemberDirectory},
 *       organizations of up to 500 members); a write to a membership or an account makes every list
 *       read before its transaction ended unusable, so nothing stale is shown. The membership check of
 *       the caller is made on the same list. Servers sharing PostgreSQL read the database each time.</li>
 * </ul>
 */
package ch.partnerportal.tenancy;
