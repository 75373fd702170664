package ch.partnerportal.identity.api;

/**
 * The question a higher module answers for the Keycloak projection (DESIGN.md: a lower module asks,
 * the one that knows implements): which organizations' members carry a realm role because of what the
 * organization is, the partner programme's {@code partner} for an approved partner. The projection
 * puts the members of such an organization in the group {@code /<rootGroup>/<organization id>}, which
 * carries the realm role, and removes the group when the organization no longer holds it.
 */
public interface RealmRoleHolders {

    /** The realm role, for example {@code partner}; the projection makes it if the realm lacks it. */
    String realmRole();

    /** The top-level group of the holders, for example {@code partners}. */
    String rootGroup();

    /** Whether the organization's members carry the role now; read from the portal's database. */
    boolean holds(String organizationId);
}
