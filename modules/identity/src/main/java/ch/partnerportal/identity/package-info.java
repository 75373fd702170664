/**
 * Identity: the projection of organizations, members and roles into Keycloak, and the delivery of
 * e-mail notices, both through one transactional outbox.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The portal's database is the source of truth. A change writes an outbox entry in its own
 *       transaction; a dispatcher carries it out after the commit and retries with growing pauses
 *       (2 s doubling up to 60 s) while Keycloak or the mail server is unreachable. Nothing is lost
 *       while Keycloak is stopped.</li>
 *   <li>An organization entry does not replay a delta: it makes Keycloak match the organization's
 *       whole current state, so entries can be merged, repeated or run late without harm. A
 *       reconciler queues every organization once after start-up and every six hours to repair drift,
 *       as background work that waits behind the changes people make.</li>
 *   <li>In Keycloak each organization is a Keycloak Organization (alias = the portal's id, name =
 *       the portal's name with the id's first 8 characters, since Keycloak names are unique) with the
 *       same members, and roles are realm groups {@code /organizations/<id>/<role>}, which the
 *       {@code organization_roles} token claim carries. Keycloak 26.7's organization-scoped groups
 *       refused to take members in our tests, hence realm groups.</li>
 *   <li>Each organization's group also has {@code permissions/<kind>} sub-groups (domains, web-hosting,
 *       mail, kdrive, kchat, billing) with the members who may use that kind of product: legal
 *       representatives and administrators are in all of them (ORG-3), others where granted. The
 *       token's {@code organization_roles} claim shows them.</li>
 *   <li>An approved partner's group {@code /partners/<id>} has a group per client it manages,
 *       {@code clients/<client id>/full} or {@code .../limited}, with the partner's members who act for
 *       it; the same {@code organization_roles} claim lists them, so a partner user's token names the
 *       clients it may act for. The portal never decides from the token: it reads its database.</li>
 *   <li>Keycloak administrators manage roles in Keycloak's console too. The portal reads Keycloak's
 *       admin events (group and organization memberships, with details) every two seconds, before
 *       the outbox's projections, from a high-water mark (time and the ids at that millisecond) kept
 *       in the database and advanced in the same transaction as the change it caused, so that no
 *       event is missed or taken in twice, also with several servers. Its own service account's
 *       events are skipped. The first reading starts at the newest event: what was done in Keycloak
 *       before the portal first read it is not replayed (the start-up reconciliation writes the
 *       portal's state over it, as before).</li>
 *   <li>What a Keycloak administrator's change means: added to a role's group = that role (the
 *       projection then takes the member out of the old role's group); taken out of a role's group
 *       while in another's = the move to that role; taken out of the only role's group = refused
 *       (every member holds a role; remove the member from the Keycloak organization instead); added
 *       to or taken out of a permission group = that permission granted or taken (refused for
 *       managers, who hold all); removed from the Keycloak organization = removed from the
 *       organization. Adding a person who is not a member yet is refused: a person joins by
 *       accepting an invitation (ORG-4). A role or permission group the portal does not know, an
 *       account that never signed in, or the last legal representative removed or demoted is
 *       refused.</li>
 *   <li>A refused change is undone in Keycloak (the membership is taken back at once; the projection
 *       then writes the organization's state), logged, written to the organization's audit trail,
 *       and mailed to the Keycloak administrator (when of this realm and with an address) and the
 *       organization's legal representatives. Administrators of another realm (master) are named
 *       by their id; the portal cannot read their address.</li>
 *   <li>If a projection runs in the instant between a Keycloak administrator's change and its
 *       reading, it writes over that change; the next reading takes the change in all the same and
 *       the projection after it restores it. Nothing is lost.</li>
 *   <li>A mail that still fails after 40 attempts is marked failed and logged, not retried forever.</li>
 *   <li>The service account {@code portal-identity-sync} is a realm administrator: with Keycloak's
 *       fine-grained admin permissions on, narrower roles let it list organization members but not
 *       remove them (Keycloak answers 404). A removal is checked by listing the members again.</li>
 * </ul>
 */
package ch.partnerportal.identity;
