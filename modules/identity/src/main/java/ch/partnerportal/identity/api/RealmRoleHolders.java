package ch.partnerportal.identity.api;

import ch.partnerportal.tenancy.api.Role;

import java.util.List;
import java.util.Set;

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

    /**
     * Groups below the holder's own group, for a Keycloak administrator to read, each with the members
     * of the roles given: for a partner, {@code clients/<client id>/<access>} for each client it manages.
     * The projection removes those no longer listed. None by default.
     */
    default List<SubGroup> subGroups(String organizationId) {
        return List.of();
    }

    /**
     * @param path    the names from below the holder's group down to this one
     * @param roles   the holder organization's members of these roles are in it
     * @param loginIds and these members besides, by login ID
     */
    record SubGroup(List<String> path, Set<Role> roles, Set<String> loginIds) {

        public SubGroup {
            path = List.copyOf(path);
            roles = Set.copyOf(roles);
            loginIds = Set.copyOf(loginIds);
        }
    }
}
