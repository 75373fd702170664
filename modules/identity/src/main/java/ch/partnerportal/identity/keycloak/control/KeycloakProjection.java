package ch.partnerportal.identity.keycloak.control;

import ch.partnerportal.identity.api.RealmRoleHolders;
import ch.partnerportal.identity.keycloak.entity.KeycloakOrganizationLink;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.OrganizationSnapshot;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Makes Keycloak match one organization's current state: the Keycloak organization, its members,
 * the realm groups {@code /organizations/<id>/<role>} and {@code /organizations/<id>/permissions/<kind>},
 * and, for an organization whose members carry a realm role ({@link RealmRoleHolders}, the approved
 * partners), the group {@code /partners/<id>} with that role and the groups the holders list below it
 * ({@code /partners/<id>/clients/<client>/<access>}). Idempotent: running it twice changes
 * nothing the second time.
 */
@Stateless
public class KeycloakProjection {

    static final String ROOT_GROUP = "organizations";
    /** The parent of the permission groups; {@link ch.partnerportal.tenancy.api.AdministeredChange} reads the same names. */
    static final String PERMISSIONS = "permissions";
    private static final Logger LOG = Logger.getLogger(KeycloakProjection.class.getName());
    private static final int PAGE = 1000;
    private static final int ALL = 10_000;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    OrganizationDirectory directory;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    Clock clock;

    @Inject
    Instance<RealmRoleHolders> roleHolders;

    public void project(String organizationId) {
        OrganizationSnapshot snapshot = directory.snapshot(organizationId);
        KeycloakOrganizationLink link = em.find(KeycloakOrganizationLink.class, organizationId);
        if (!snapshot.exists()) {
            if (link != null) {
                keycloak.send("delete organization " + link.keycloakOrganizationId(),
                        realm -> realm.organizations().get(link.keycloakOrganizationId()).delete());
                em.remove(link);
            }
            childGroup(rootGroup(), organizationId, false).ifPresent(group -> keycloak.find("delete group " + group,
                    realm -> {
                        realm.groups().group(group).remove();
                        return group;
                    }));
            roleHolders.forEach(holders -> syncRoleHolders(holders, organizationId, false, snapshot, Map.of()));
            return;
        }
        String keycloakId = ensureOrganization(snapshot, link);

        Map<String, String> userIds = new HashMap<>();
        for (OrganizationSnapshot.Member member : snapshot.members()) {
            userId(member.email()).ifPresentOrElse(id -> userIds.put(member.email(), id),
                    () -> LOG.warning("No Keycloak user for " + member.email() + "; left out of " + organizationId));
        }
        Set<String> wanted = new HashSet<>(userIds.values());
        boolean removed = syncMembers(keycloakId, wanted);
        syncRoleGroups(organizationId, snapshot, userIds);
        roleHolders.forEach(holders -> syncRoleHolders(holders, organizationId, holders.holds(organizationId), snapshot,
                userIds));
        if (removed) {
            requireRemoved(keycloakId, wanted);
        }
    }

    static String keycloakName(OrganizationSnapshot snapshot) {
        // Keycloak wants organization names unique; portal names need not be.
        return snapshot.name() + " [" + snapshot.id().substring(0, 8) + "]";
    }

    private String ensureOrganization(OrganizationSnapshot snapshot, KeycloakOrganizationLink link) {
        if (link != null) {
            Optional<OrganizationRepresentation> existing = keycloak.find("read organization " + link.keycloakOrganizationId(),
                    realm -> realm.organizations().get(link.keycloakOrganizationId()).toRepresentation());
            if (existing.isPresent()) {
                if (!keycloakName(snapshot).equals(existing.get().getName())) {
                    OrganizationRepresentation renamed = existing.get();
                    renamed.setName(keycloakName(snapshot));
                    keycloak.send("rename organization " + link.keycloakOrganizationId(),
                            realm -> realm.organizations().get(link.keycloakOrganizationId()).update(renamed));
                }
                link.synced(clock.instant());
                return link.keycloakOrganizationId();
            }
        }
        OrganizationRepresentation representation = new OrganizationRepresentation();
        representation.setName(keycloakName(snapshot));
        representation.setAlias(snapshot.id());
        representation.setEnabled(true);
        String id = keycloak.created("create organization " + snapshot.id(),
                        realm -> realm.organizations().create(representation))
                .or(() -> findByAlias(snapshot.id()))
                .orElseThrow(() -> new KeycloakFailure("Keycloak organization for " + snapshot.id()
                        + " could not be created"));
        if (link == null) {
            em.persist(new KeycloakOrganizationLink(snapshot.id(), id, clock.instant()));
        } else {
            link.relink(id, clock.instant());
        }
        return id;
    }

    private Optional<String> findByAlias(String alias) {
        for (int first = 0; ; first += PAGE) {
            int from = first;
            List<OrganizationRepresentation> page = keycloak.call("list organizations",
                    realm -> realm.organizations().search(null, null, from, PAGE, true));
            Optional<String> found = page.stream().filter(o -> alias.equals(o.getAlias()))
                    .map(OrganizationRepresentation::getId).findFirst();
            if (found.isPresent() || page.size() < PAGE) {
                return found;
            }
        }
    }

    private Optional<String> userId(String email) {
        return keycloak.call("find user " + email, realm -> realm.users().searchByUsername(email, true)).stream()
                .filter(u -> email.equalsIgnoreCase(u.getUsername()))
                .map(UserRepresentation::getId)
                .findFirst();
    }

    private Set<String> members(String keycloakId) {
        return keycloak.call("list members of " + keycloakId,
                        realm -> realm.organizations().get(keycloakId).members().list(0, ALL, true)).stream()
                .map(MemberRepresentation::getId).collect(Collectors.toCollection(HashSet::new));
    }

    /** Adds and removes members; answers whether it asked Keycloak to remove any. */
    private boolean syncMembers(String keycloakId, Set<String> wanted) {
        Set<String> present = members(keycloakId);
        for (String userId : wanted) {
            if (!present.contains(userId)) {
                keycloak.send("add member " + userId,
                        realm -> realm.organizations().get(keycloakId).members().addMember(userId));
            }
        }
        boolean removed = false;
        for (String userId : present) {
            if (!wanted.contains(userId)) {
                keycloak.send("remove member " + userId,
                        realm -> realm.organizations().get(keycloakId).members().member(userId).delete());
                removed = true;
            }
        }
        return removed;
    }

    /** Keycloak answers 404 to removals it may not see (too few admin rights): never take that as done. */
    private void requireRemoved(String keycloakId, Set<String> wanted) {
        Set<String> left = members(keycloakId);
        left.removeAll(wanted);
        if (!left.isEmpty()) {
            throw new KeycloakFailure("Keycloak kept " + left.size() + " removed member(s) in organization "
                    + keycloakId + "; does the portal-identity-sync service account have realm-admin?");
        }
    }

    /**
     * One group per role and, under {@code permissions}, one per kind of product with the members who
     * may use it (every kind for legal representatives and administrators), so that Keycloak's
     * console and the {@code organization_roles} claim show what each member may touch.
     */
    private void syncRoleGroups(String organizationId, OrganizationSnapshot snapshot, Map<String, String> userIds) {
        String organizationGroup = childGroup(rootGroup(), organizationId, true).orElseThrow();
        for (Role role : Role.values()) {
            syncGroup(childGroup(organizationGroup, role.slug(), true).orElseThrow(),
                    users(snapshot, userIds, m -> m.role() == role));
        }
        String permissions = childGroup(organizationGroup, PERMISSIONS, true).orElseThrow();
        for (ProductAccess permission : ProductAccess.values()) {
            syncGroup(childGroup(permissions, permission.slug(), true).orElseThrow(),
                    users(snapshot, userIds, m -> m.permissions().contains(permission)));
        }
    }

    private static Set<String> users(OrganizationSnapshot snapshot, Map<String, String> userIds,
                                     Predicate<OrganizationSnapshot.Member> which) {
        return snapshot.members().stream().filter(m -> which.test(m) && userIds.containsKey(m.email()))
                .map(m -> userIds.get(m.email())).collect(Collectors.toSet());
    }

    private void syncGroup(String group, Set<String> wanted) {
        Set<String> present = keycloak.call("list group " + group,
                        realm -> realm.groups().group(group).members(0, ALL, true)).stream()
                .map(UserRepresentation::getId).collect(Collectors.toSet());
        for (String userId : wanted) {
            if (!present.contains(userId)) {
                keycloak.run("join group " + group, realm -> realm.users().get(userId).joinGroup(group));
            }
        }
        for (String userId : present) {
            if (!wanted.contains(userId)) {
                keycloak.find("leave group " + group, realm -> {
                    realm.users().get(userId).leaveGroup(group);
                    return userId;
                });
            }
        }
    }

    /**
     * The organization's group under the holders' root, carrying their realm role, with every member
     * of a holding organization in it; gone when the organization no longer holds the role (a revoked
     * partnership), which takes the role away from its members at their next token.
     */
    private void syncRoleHolders(RealmRoleHolders holders, String organizationId, boolean holds,
                                 OrganizationSnapshot snapshot, Map<String, String> userIds) {
        String root = topGroup(holders.rootGroup());
        if (!holds) {
            childGroup(root, organizationId, false).ifPresent(group -> keycloak.find("delete group " + group,
                    realm -> {
                        realm.groups().group(group).remove();
                        return group;
                    }));
            return;
        }
        String group = childGroup(root, organizationId, true).orElseThrow();
        RoleRepresentation role = realmRole(holders.realmRole());
        boolean mapped = keycloak.call("realm roles of group " + group,
                        realm -> realm.groups().group(group).roles().realmLevel().listAll()).stream()
                .anyMatch(r -> role.getName().equals(r.getName()));
        if (!mapped) {
            keycloak.run("give group " + group + " the realm role " + role.getName(),
                    realm -> realm.groups().group(group).roles().realmLevel().add(List.of(role)));
        }
        syncGroup(group, new HashSet<>(userIds.values()));
        List<RealmRoleHolders.SubGroup> subGroups = holders.subGroups(organizationId);
        for (RealmRoleHolders.SubGroup subGroup : subGroups) {
            String leaf = group;
            for (String name : subGroup.path()) {
                leaf = childGroup(leaf, name, true).orElseThrow();
            }
            syncGroup(leaf, users(snapshot, userIds,
                    m -> subGroup.roles().contains(m.role()) || subGroup.loginIds().contains(m.email())));
        }
        prune(group, subGroups.stream().map(RealmRoleHolders.SubGroup::path).toList());
    }

    /** Removes the groups below {@code parent} that no wanted path (relative to it) goes through. */
    private void prune(String parent, List<List<String>> wanted) {
        List<GroupRepresentation> children = keycloak.call("list subgroups of " + parent,
                realm -> realm.groups().group(parent).getSubGroups(0, ALL, true));
        for (GroupRepresentation child : children) {
            List<List<String>> below = wanted.stream().filter(path -> path.get(0).equals(child.getName()))
                    .map(path -> path.subList(1, path.size())).toList();
            if (below.isEmpty()) {
                keycloak.find("delete group " + child.getId(), realm -> {
                    realm.groups().group(child.getId()).remove();
                    return child.getId();
                });
            } else if (below.stream().noneMatch(List::isEmpty)) {
                prune(child.getId(), below);
            }
        }
    }

    /** A realm imported before the role existed lacks it: made here rather than failing for ever. */
    private RoleRepresentation realmRole(String name) {
        Optional<RoleRepresentation> role = keycloak.find("read realm role " + name,
                realm -> realm.roles().get(name).toRepresentation());
        if (role.isPresent()) {
            return role.get();
        }
        RoleRepresentation made = new RoleRepresentation();
        made.setName(name);
        keycloak.find("create realm role " + name, realm -> {
            realm.roles().create(made);
            return name;
        });
        return keycloak.call("read realm role " + name, realm -> realm.roles().get(name).toRepresentation());
    }

    private String rootGroup() {
        return topGroup(ROOT_GROUP);
    }

    private String topGroup(String name) {
        Optional<String> id = keycloak.call("find the group " + name,
                        realm -> realm.groups().groups(name, true, 0, 100, true)).stream()
                .filter(g -> name.equals(g.getName()) && g.getParentId() == null)
                .map(GroupRepresentation::getId).findFirst();
        if (id.isPresent()) {
            return id.get();
        }
        GroupRepresentation root = new GroupRepresentation();
        root.setName(name);
        return keycloak.created("create the group " + name, realm -> realm.groups().add(root))
                .orElseGet(() -> topGroup(name));
    }

    private Optional<String> childGroup(String parent, String name, boolean create) {
        Optional<String> id = keycloak.call("find group " + name,
                        realm -> realm.groups().group(parent).getSubGroups(name, true, 0, 100, true)).stream()
                .filter(g -> name.equals(g.getName())).map(GroupRepresentation::getId).findFirst();
        if (id.isPresent() || !create) {
            return id;
        }
        GroupRepresentation child = new GroupRepresentation();
        child.setName(name);
        Optional<String> created = keycloak.created("create group " + name,
                realm -> realm.groups().group(parent).subGroup(child));
        return created.isPresent() ? created : childGroup(parent, name, false);
    }
}
