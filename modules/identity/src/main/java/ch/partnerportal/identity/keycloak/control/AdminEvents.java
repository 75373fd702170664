package ch.partnerportal.identity.keycloak.control;

import ch.partnerportal.tenancy.api.AdministeredChange;
import ch.partnerportal.tenancy.api.IdentityAdministrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keycloak's admin events about the organization groups and the organizations' members, read
 * oldest first from a mark on, and what each one means to the portal. The portal's own projection
 * makes the same kind of events as its service account: those are recognised by the client that
 * made them and mean nothing.
 */
@ApplicationScoped
public class AdminEvents {

    static final List<String> TYPES = List.of("GROUP_MEMBERSHIP", "ORGANIZATION_MEMBERSHIP");
    private static final String PREFIX = "/" + KeycloakProjection.ROOT_GROUP + "/";

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.identity.sync.client", defaultValue = "portal-identity-sync")
    String syncClientId;

    private volatile String syncClientUuid;

    /** The events at and after {@code from} (ms), oldest first, {@code first} of them skipped. */
    public List<AdminEventRepresentation> after(long from, int first, int max) {
        long to = clock.millis() + 86_400_000L;
        return keycloak.call("read admin events", realm -> realm.getAdminEvents(null, null, null, null, null, null,
                TYPES, from, to, first, max, "asc"));
    }

    /** The newest event there is, where a first reading starts. */
    public Optional<AdminEventRepresentation> newest() {
        return keycloak.call("read the newest admin event", realm -> realm.getAdminEvents(null, null, null, null, null,
                null, TYPES, 0L, clock.millis() + 86_400_000L, 0, 1, "desc")).stream().findFirst();
    }

    /** Whether the portal's own service account made the event. */
    public boolean ours(AdminEventRepresentation event) {
        return event.getAuthDetails() != null && syncClientUuid().equals(event.getAuthDetails().getClientId());
    }

    private String syncClientUuid() {
        if (syncClientUuid == null) {
            syncClientUuid = keycloak.call("find client " + syncClientId,
                            realm -> realm.clients().findByClientId(syncClientId)).stream()
                    .map(ClientRepresentation::getId).findFirst()
                    .orElseThrow(() -> new KeycloakFailure("No client " + syncClientId + " in the realm"));
        }
        return syncClientUuid;
    }

    /** Who made the event; the username and address are read when the administrator is of this realm. */
    public IdentityAdministrator administrator(AdminEventRepresentation event) {
        String userId = event.getAuthDetails() == null ? null : event.getAuthDetails().getUserId();
        if (userId == null) {
            return new IdentityAdministrator("unknown", null, null);
        }
        if (event.getRealmId() != null && !event.getRealmId().equals(event.getAuthDetails().getRealmId())) {
            return new IdentityAdministrator(userId, null, null); // another realm's administrator: not readable here
        }
        return keycloak.find("read administrator " + userId, realm -> realm.users().get(userId).toRepresentation())
                .map(user -> new IdentityAdministrator(userId, user.getUsername(), user.getEmail()))
                .orElseGet(() -> new IdentityAdministrator(userId, null, null));
    }

    /** What the event changed in an organization, or nothing when it is about something else. */
    public Optional<AdministeredChange> change(AdminEventRepresentation event) {
        if (event.getError() != null || event.getResourcePath() == null) {
            return Optional.empty();
        }
        Map<String, Object> representation = representation(event);
        boolean created = "CREATE".equals(event.getOperationType());
        boolean deleted = "DELETE".equals(event.getOperationType());
        if (!created && !deleted) {
            return Optional.empty();
        }
        String[] path = event.getResourcePath().split("/");
        if ("GROUP_MEMBERSHIP".equals(event.getResourceType()) && path.length == 4 && "users".equals(path[0])) {
            String groupPath = String.valueOf(representation.getOrDefault("path", ""));
            if (!groupPath.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String inside = groupPath.substring(PREFIX.length());
            int slash = inside.indexOf('/');
            String organizationId = slash < 0 ? inside : inside.substring(0, slash);
            String group = slash < 0 ? "" : inside.substring(slash + 1);
            String userId = path[1];
            return Optional.of(new AdministeredChange(
                    created ? AdministeredChange.Kind.GROUP_JOINED : AdministeredChange.Kind.GROUP_LEFT,
                    organizationId, login(event, userId), group,
                    deleted ? groupsNow(userId, organizationId) : Set.of()));
        }
        if ("ORGANIZATION_MEMBERSHIP".equals(event.getResourceType()) && path.length >= 3
                && "organizations".equals(path[0])) {
            Object alias = representation.get("alias");
            if (alias == null) {
                return Optional.empty();
            }
            return Optional.of(new AdministeredChange(
                    created ? AdministeredChange.Kind.ORGANIZATION_JOINED : AdministeredChange.Kind.ORGANIZATION_LEFT,
                    alias.toString(), login(event, path.length >= 4 ? path[3] : null), "", Set.of()));
        }
        return Optional.empty();
    }

    /** Takes a user out of a group the portal does not manage (an unknown role or organization). */
    public void leave(AdminEventRepresentation event) {
        String[] path = event.getResourcePath().split("/");
        if ("GROUP_MEMBERSHIP".equals(event.getResourceType()) && path.length == 4) {
            keycloak.find("leave group " + path[3], realm -> {
                realm.users().get(path[1]).leaveGroup(path[3]);
                return path[3];
            });
        }
    }

    private static Map<String, Object> representation(AdminEventRepresentation event) {
        if (event.getRepresentation() == null || event.getRepresentation().isBlank()) {
            return Map.of();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JsonSerialization.readValue(event.getRepresentation(), Map.class);
            return map;
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }

    private String login(AdminEventRepresentation event, String userId) {
        String username = event.getDetails() == null ? null : event.getDetails().get("username");
        if (username != null) {
            return username;
        }
        if (userId == null) {
            return "";
        }
        return keycloak.find("read user " + userId, realm -> realm.users().get(userId).toRepresentation())
                .map(UserRepresentation::getUsername).orElse(userId);
    }

    /** The user's groups inside one organization's group now, named relative to it. */
    private Set<String> groupsNow(String userId, String organizationId) {
        String organizationPrefix = PREFIX + organizationId + "/";
        return keycloak.find("read groups of " + userId, realm -> realm.users().get(userId).groups(0, 1000, false))
                .orElse(List.of()).stream()
                .map(GroupRepresentation::getPath)
                .filter(p -> p != null && p.startsWith(organizationPrefix))
                .map(p -> p.substring(organizationPrefix.length()))
                .collect(Collectors.toSet());
    }
}
