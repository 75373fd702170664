/**
 * The partner programme (issue 10 and after; rules PAR-1 to PAR-14). Its first part is the
 * application (PAR-1): an organization applies, a platform administrator decides, the partner role
 * follows in Keycloak, and a yearly review holds every partner to the threshold. Its second part is
 * the relationship between a partner and a client (PAR-3 to PAR-5, PAR-10), its enforcement in the
 * decision point, assignments (PAR-6), just-in-time elevation and the delegated roles per client in
 * Keycloak. The partner console's client pages follow.
 *
 * <p>Decisions where the rules are silent:
 * <ul>
 *   <li>Register numbers: a Swiss UID is accepted with or without its dots and dash and with a
 *       register suffix (MWST, TVA, IVA, HR), and kept as {@code CHE-123.456.788}; its check digit is
 *       the Federal Statistical Office's modulo 11 (weights 5 4 3 2 7 6 5 4; 11 stands for 0, 10 is
 *       never issued). A SIRET is 14 digits under the Luhn check, except La Poste's establishments
 *       (SIREN 356 000 000), whose digits add up to a multiple of 5, as INSEE checks them (its head
 *       office's SIRET passes Luhn). Other countries'
 *       numbers are taken with their country and checked for their form only (letters, digits, spaces,
 *       dots, dashes and slashes, 2 to 40).</li>
 *   <li>A website is an https address on a public domain name; whether it is active is checked by the
 *       platform administrator who reviews the application, as the portal fetches nothing.</li>
 *   <li>The managed value is the yearly value of the products the organization holds (terminated ones
 *       left out) and those of the clients it manages in an active relationship (a client's whole
 *       account with full access, the products granted with limited access): each product at the
 *       catalog's public price of one year of it, in the applicant's currency (its billing country,
 *       PAY-9), whatever the client's currency; a product paid by the month counts at its yearly
 *       price. Volume tiers and partner rates are left out: the threshold is about the business the
 *       partner brings, not what it pays. The computation is shown per product type.</li>
 *   <li>Below the threshold an organization may apply with a yearly volume it commits to, which must
 *       reach the threshold; the platform administrator weighs it.</li>
 *   <li>Legal representatives and administrators see the standing; only a legal representative
 *       applies or withdraws (TEN-134). One application is open (pending or approved) per
 *       organization, also when two are sent at once (a unique column). A refused, withdrawn or
 *       revoked one may be followed by a new one.</li>
 *   <li>Every decision (approve, refuse, revoke) needs a reason of 1 to 1000 characters, e-mailed to
 *       the applicant (or, once it has left, to the legal representatives) in its language.</li>
 *   <li>The reseller conditions are versioned texts ({@code conditions/<version>/<language>.txt}); the
 *       applicant sends the version it accepted, which must be the current one, and the version and
 *       the moment are kept on the application.</li>
 *   <li>The yearly review runs daily at 04:40 for the partners whose year since their approval or last
 *       review is over, and on demand for all partners. A partner found below the threshold is given a
 *       grace period of 90 days from that first review and its legal representatives are told; later
 *       reviews do not restart it, and one back above it is cleared. When the grace ends the portal
 *       ends nothing by itself: the platform administrators see the list and decide, since a
 *       partnership ended by a rounding of prices would be worse than one kept a week too long.</li>
 *   <li>Approval and revocation fire {@code OrganizationChanged}; the identity projection then puts
 *       the members in the Keycloak group {@code /partners/<organization id>}, which carries the realm
 *       role {@code partner} (made in the realm if an older import lacks it), or removes the group.</li>
 *   <li>Relationships: only the legal representatives of either side send, answer, change or stop
 *       them; administrators see them. A partner names its client by the e-mail address of one of
 *       the client's legal representatives (in any case), and by the organization's id only when that
 *       person represents several; every legal representative of the other side is e-mailed, in its
 *       language, with a link to its console page carrying the relationship's id. A partner does not
 *       see the client's products, so it asks for whole categories (or products it can name by id);
 *       what the client grants always names its products, each checked to be its own, not
 *       terminated and of the category it is named under. When the client sends the request, what it
 *       offers is what it grants; the partner accepts or refuses it as it is.</li>
 *   <li>One relationship is open (pending or active) per partner and client, also when both send at
 *       once (a unique column); refused, withdrawn, expired and ended ones are kept as history and a
 *       new request may follow them. A request lapses 30 days after it was last sent; resending
 *       gives it another 30 days. Lapsing is decided at the moment it is answered, and recorded by a
 *       daily run at 04:50 that tells the sender.</li>
 *   <li>A grant's end date is the first day (Swiss time) on which it no longer holds; it must be
 *       after today. Both sides are reminded 14 and 3 days before, once each; renewing sets a new end
 *       date or none and restarts the reminders. The daily run records the end and tells both sides,
 *       but the partner reaches nothing from that day whether it ran or not.</li>
 *   <li>Stopping (PAR-10) needs the caller's login password, checked by Keycloak and never kept; a
 *       wrong one changes nothing. The preview lists the client's products the partner reaches now
 *       (they all stay with the client), and whether entrusted billing returns to the client. No
 *       account and no product is deleted, and partner users never were members of the client.</li>
 *   <li>Acting for a client: the decision point asks this module ({@code PartnerDelegations}) only when
 *       the caller is no member of the organization. The partner's legal representatives and
 *       administrators act for every client of an active relationship whose grant has not reached its
 *       end date, while the partnership stands; its collaborators act for the clients they are assigned
 *       to (PAR-6). A limited access reaches each granted product for its rights: seeing it
 *       takes either right, a technical change the technical one, its usage the statistics one; no
 *       kind as a whole, so lists show the granted products only. Full access reaches every product,
 *       bought later too, and the client's users and invitations as an administrator who is no member
 *       would: never a legal representative, neither appointed, changed, removed nor invited as one
 *       (TEN-136); each such change is in the client's audit trail with what was before and after.
 *       Neither reaches billing (the next issue's entrusted billing, PAR-7) nor what only members do
 *       (teams, the organization's details, relationships): those answer TEN-101 as to a stranger, as
 *       the users do to a limited access. Outside the grant the answer is TEN-135; a change of access or the
 *       end applies to the next call. Every technical change a partner's user makes is written to the
 *       client's audit trail (actor kind {@code partner}, the user and its partner, the product and the
 *       relationship) in the same transaction as the change.</li>
 *   <li>Assignments (PAR-6): only the partner's legal representatives assign, its administrators
 *       read them. An assignment names one collaborator of the partner (legal representatives and
 *       administrators act for every client already) and one client, with every granted product or
 *       some of them (with full access, any of the client's products). It is intersected with the
 *       grant at each decision, so a narrowed grant narrows it at once and a widened one never widens
 *       an assignment that names products. It is kept when the relationship ends (it acts no longer)
 *       and stops acting when the user leaves the partner.</li>
 *   <li>Just-in-time elevation: a partner user who acts for a client (assigned, or one of the
 *       partner's legal representatives and administrators) and does not reach the whole account asks,
 *       on the client's account ({@code /organizations/<client>/partner-elevations}), for full access
 *       or for products, each with its rights; a whole category may stand for products the user cannot
 *       see, and stands at each decision for the category's products at that moment. Billing is never
 *       entrusted by an elevation. It lasts 1 to 8 hours (a working day) from the approval, with a
 *       reason of 1 to 1000 characters; one is open (waiting or running) per user and client. Only the
 *       client's legal representatives approve or refuse, each told by e-mail with a link to the
 *       Partners page that names it: the answer is given signed in, never by the link alone, as a
 *       link in a forwarded e-mail must not open an account. A request nobody answers in 24 hours
 *       lapses. Approved, it adds to what that user reaches, beyond its assignment too (the client
 *       approved it for that user), and to nobody else; the client or the user ends it sooner. Its
 *       hours decide at each call; a run every five minutes (and at once when a system test moves the
 *       clock) writes the end or the lapse to the client's audit trail. Each step is there: the
 *       request, the end or lapse and the user's own withdrawal as actor kind {@code partner}, the
 *       client's answers and early end as actor kind {@code member}; every change made while one runs
 *       names it. It never changes what the partner earns (the next issue's cashback).</li>
 *   <li>Entering a client in the console: a partner's user finds the clients it acts for on its home
 *       page (all active ones for the partner's legal representatives and administrators, the assigned
 *       ones for collaborators; fifty at a time, by name) and enters one once the decision point finds
 *       that it acts for it through that partner. The session then works in the client's account: a
 *       banner on every page names the client and the partner, the pages the grant does not reach
 *       (teams, the organization's details, the users with a limited access) leave the navigation, and
 *       every call is still decided from the database, so a grant narrowed meanwhile applies at once.
 *       Leaving, or choosing one of its own organizations in the switcher, ends it.</li>
 *   <li>In Keycloak, each client an approved partner manages is the group
 *       {@code /partners/<partner>/clients/<client>/full} (or {@code limited}) with the partner's legal
 *       representatives and administrators, who act for every client, and the collaborators assigned
 *       to it; it follows acceptance, a change of access and the end through the outbox. No
 *       partner user is ever put in the client's own groups or Keycloak organization.</li>
 *   <li>Notes on requests and answers are optional, at most 1000 characters, shown to the other
 *       side and kept beside what was asked and granted.</li>
 *   <li>Refusals are {@link ch.partnerportal.kernel.Refusal}s with a
 *       {@link ch.partnerportal.partner.api.PartnerError} (PRT-5xx), translated in en, de, fr and it.</li>
 * </ul>
 */
package ch.partnerportal.partner;
