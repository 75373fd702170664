package ch.partnerportal.identity.keycloak.control;

import ch.partnerportal.identity.keycloak.entity.KeycloakOrganizationLink;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.OrganizationSnapshot;
import ch.partnerportal.tenancy.api.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes Keycloak match one organization's current state: the Keycloak organization, its members,
 * and the realm groups {@code /organizations/<id>/<role>}. Idempotent: running it twice changes
 * nothing the second time.
 */
@Stateless
public class KeycloakProjection {

    static final String ROOT_GROUP = "organizations";
    private static final Logger LOG = Logger.getLogger(KeycloakProjection.class.getName());
    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    OrganizationDirectory directory;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    Clock clock;

    public void project(String organizationId) {
        OrganizationSnapshot snapshot = directory.snapshot(organizationId);
        KeycloakOrganizationLink link = em.find(KeycloakOrganizationLink.class, organizationId);
        if (!snapshot.exists()) {
            if (link != null) {
                keycloak.delete("organizations/" + link.keycloakOrganizationId());
                em.remove(link);
            }
            childGroup(rootGroup(), organizationId, false).ifPresent(g -> keycloak.delete("groups/" + g));
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
        if (removed) {
            requireRemoved(keycloakId, wanted);
        }
    }

    static String keycloakName(OrganizationSnapshot snapshot) {
        // Keycloak wants organization names unique; portal names need not be.
        return snapshot.name() + " [" + snapshot.id().substring(0, 8) + "]";
    }

    private String ensureOrganization(OrganizationSnapshot snapshot, KeycloakOrganizationLink link) {
        JsonObject representation = Json.createObjectBuilder()
                .add("name", keycloakName(snapshot))
                .add("alias", snapshot.id())
                .add("enabled", true)
                .build();
        if (link != null) {
            JsonObject existing = keycloak.find("organizations/" + link.keycloakOrganizationId());
            if (existing != null) {
                if (!keycloakName(snapshot).equals(existing.getString("name", ""))) {
                    keycloak.put("organizations/" + link.keycloakOrganizationId(), Json.createObjectBuilder(representation)
                            .add("id", link.keycloakOrganizationId()).build());
                }
                link.synced(clock.instant());
                return link.keycloakOrganizationId();
            }
        }
        KeycloakAdmin.Created created = keycloak.post("organizations", representation);
        String id = created.conflict() ? findByAlias(snapshot.id()) : created.id();
        if (id == null) {
            throw new KeycloakFailure("Keycloak organization for " + snapshot.id() + " could not be created: "
                    + created.body());
        }
        if (link == null) {
            em.persist(new KeycloakOrganizationLink(snapshot.id(), id, clock.instant()));
        } else {
            link.relink(id, clock.instant());
        }
        return id;
    }

    private String findByAlias(String alias) {
        for (int first = 0; ; first += PAGE) {
            JsonArray page = keycloak.list("organizations", Map.of("first", first, "max", PAGE,
                    "briefRepresentation", true));
            for (JsonValue value : page) {
                JsonObject organization = value.asJsonObject();
                if (alias.equals(organization.getString("alias", null))) {
                    return organization.getString("id");
                }
            }
            if (page.size() < PAGE) {
                return null;
            }
        }
    }

    private Optional<String> userId(String email) {
        JsonArray users = keycloak.list("users", Map.of("username", email, "exact", true,
                "briefRepresentation", true));
        return users.stream().map(JsonValue::asJsonObject)
                .filter(u -> email.equalsIgnoreCase(u.getString("username", "")))
                .map(u -> u.getString("id"))
                .findFirst();
    }

    /** Adds and removes members; answers whether it asked Keycloak to remove any. */
    private boolean syncMembers(String keycloakId, Set<String> wanted) {
        Set<String> present = ids(keycloak.list("organizations/" + keycloakId + "/members",
                Map.of("first", 0, "max", 10_000, "briefRepresentation", true)));
        for (String userId : wanted) {
            if (!present.contains(userId)) {
                keycloak.post("organizations/" + keycloakId + "/members", Json.createValue(userId));
            }
        }
        boolean removed = false;
        for (String userId : present) {
            if (!wanted.contains(userId)) {
                keycloak.delete("organizations/" + keycloakId + "/members/" + userId);
                removed = true;
            }
        }
        return removed;
    }

    /** Keycloak answers 404 to removals it may not see (too few admin rights): never take that as done. */
    private void requireRemoved(String keycloakId, Set<String> wanted) {
        Set<String> left = ids(keycloak.list("organizations/" + keycloakId + "/members",
                Map.of("first", 0, "max", 10_000, "briefRepresentation", true)));
        left.removeAll(wanted);
        if (!left.isEmpty()) {
            throw new KeycloakFailure("Keycloak kept " + left.size() + " removed member(s) in organization "
                    + keycloakId + "; does the portal-identity-sync service account have realm-admin?");
        }
    }

    private void syncRoleGroups(String organizationId, OrganizationSnapshot snapshot, Map<String, String> userIds) {
        String organizationGroup = childGroup(rootGroup(), organizationId, true).orElseThrow();
        for (Role role : Role.values()) {
            String group = childGroup(organizationGroup, role.slug(), true).orElseThrow();
            Set<String> wanted = new HashSet<>();
            snapshot.members().stream().filter(m -> m.role() == role && userIds.containsKey(m.email()))
                    .forEach(m -> wanted.add(userIds.get(m.email())));
            Set<String> present = ids(keycloak.list("groups/" + group + "/members",
                    Map.of("first", 0, "max", 10_000, "briefRepresentation", true)));
            for (String userId : wanted) {
                if (!present.contains(userId)) {
                    keycloak.put("users/" + userId + "/groups/" + group, null);
                }
            }
            for (String userId : present) {
                if (!wanted.contains(userId)) {
                    keycloak.delete("users/" + userId + "/groups/" + group);
                }
            }
        }
    }

    private String rootGroup() {
        JsonArray found = keycloak.list("groups", Map.of("search", ROOT_GROUP, "exact", true, "briefRepresentation", true));
        Optional<String> id = found.stream().map(JsonValue::asJsonObject)
                .filter(g -> ROOT_GROUP.equals(g.getString("name", "")) && !g.containsKey("parentId"))
                .map(g -> g.getString("id")).findFirst();
        if (id.isPresent()) {
            return id.get();
        }
        KeycloakAdmin.Created created = keycloak.post("groups", Json.createObjectBuilder().add("name", ROOT_GROUP).build());
        return created.conflict() ? rootGroup() : created.id();
    }

    private Optional<String> childGroup(String parent, String name, boolean create) {
        JsonArray children = keycloak.list("groups/" + parent + "/children",
                Map.of("search", name, "exact", true, "first", 0, "max", 100, "briefRepresentation", true));
        Optional<String> id = children.stream().map(JsonValue::asJsonObject)
                .filter(g -> name.equals(g.getString("name", ""))).map(g -> g.getString("id")).findFirst();
        if (id.isPresent() || !create) {
            return id;
        }
        KeycloakAdmin.Created created = keycloak.post("groups/" + parent + "/children",
                Json.createObjectBuilder().add("name", name).build());
        return created.conflict() ? childGroup(parent, name, false) : Optional.ofNullable(created.id());
    }

    private static Set<String> ids(JsonArray array) {
        Set<String> ids = new HashSet<>();
        for (JsonValue value : array) {
            ids.add(value.asJsonObject().getString("id"));
        }
        return ids;
    }

}
