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
 *   <li>A mail that still fails after 40 attempts is marked failed and logged, not retried forever.</li>
 *   <li>The service account {@code portal-identity-sync} is a realm administrator: with Keycloak's
 *       fine-grained admin permissions on, narrower roles let it list organization members but not
 *       remove them (Keycloak answers 404). A removal is checked by listing the members again.</li>
 * </ul>
 */
package ch.partnerportal.identity;
