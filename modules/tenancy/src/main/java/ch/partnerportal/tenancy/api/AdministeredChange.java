package ch.partnerportal.tenancy.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change an administrator of the identity provider made in its own console to an organization's
 * groups or members, as the portal reads it: who was added to or taken out of which group (named
 * relative to the organization's group, for example {@code administrator} or {@code permissions/mail}),
 * or of the organization itself.
 *
 * @param groupsNow the user's groups in that organization at the provider when the change was read,
 *                  so that taking a user out of one role's group while the user is already in another
 *                  reads as the move it is
 */
public record AdministeredChange(Kind kind, String organizationId, String login, String group, Set<String> groupsNow) {

    public enum Kind { GROUP_JOINED, GROUP_LEFT, ORGANIZATION_JOINED, ORGANIZATION_LEFT }

    /** Where the permission groups are, under the organization's group (the projection makes them). */
    public static final String PERMISSIONS = "permissions/";

    public AdministeredChange {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(login);
        group = group == null ? "" : group;
        groupsNow = groupsNow == null ? Set.of() : Set.copyOf(groupsNow);
    }

    public Optional<Role> role() {
        return Role.fromSlug(group);
    }

    public Optional<ProductAccess> permission() {
        return group.startsWith(PERMISSIONS) ? ProductAccess.fromSlug(group.substring(PERMISSIONS.length()))
                : Optional.empty();
    }

    public boolean namesPermission() {
        return group.startsWith(PERMISSIONS);
    }

    /** The role groups the user is in at the provider now, other than this change's. */
    public Optional<Role> otherRoleNow() {
        return groupsNow.stream().filter(g -> !g.equals(group)).map(Role::fromSlug)
                .flatMap(Optional::stream).findFirst();
    }
}
