package ch.partnerportal.identity.keycloak;

import ch.partnerportal.identity.keycloak.control.AdminEvents;
import ch.partnerportal.identity.keycloak.entity.AdminEventMark;
import ch.partnerportal.tenancy.api.AdministeredChange;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdminEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void anEventAtTheMarksMillisecondIsTakenInOnceAndNoneIsMissed() {
        AdminEventMark mark = new AdminEventMark(1000, "a", NOW);
        assertThat(mark.covers(999, "x")).isTrue();
        assertThat(mark.covers(1000, "a")).isTrue();
        assertThat(mark.covers(1000, "b")).as("same millisecond, another event").isFalse();
        mark.advance(1000, "b", NOW);
        assertThat(mark.covers(1000, "b")).isTrue();
        assertThat(mark.covers(1000, "a")).isTrue();
        assertThat(mark.from()).isEqualTo(1000);
        mark.advance(1001, "c", NOW);
        assertThat(mark.from()).isEqualTo(1001);
        assertThat(mark.covers(1000, "z")).as("before the mark").isTrue();
        assertThat(mark.covers(1001, "d")).isFalse();
    }

    @Test
    void aFirstMarkWithoutEventsStartsAtTheBeginning() {
        AdminEventMark mark = new AdminEventMark(0, null, NOW);
        assertThat(mark.covers(1, "a")).isFalse();
    }

    private static AdminEventRepresentation event(String type, String operation, String path, String representation) {
        AdminEventRepresentation event = new AdminEventRepresentation();
        event.setId("e1");
        event.setTime(1000);
        event.setResourceType(type);
        event.setOperationType(operation);
        event.setResourcePath(path);
        event.setRepresentation(representation);
        event.setDetails(Map.of("username", "carla@example.ch", "email", "carla@example.ch"));
        return event;
    }

    @Test
    void aUserAddedToARoleGroupOfAnOrganizationIsReadAsThatChange() {
        AdministeredChange change = new AdminEvents().change(event("GROUP_MEMBERSHIP", "CREATE", "users/u1/groups/g1",
                "{\"id\":\"g1\",\"name\":\"administrator\",\"path\":\"/organizations/org-1/administrator\"}"))
                .orElseThrow();
        assertThat(change.kind()).isEqualTo(AdministeredChange.Kind.GROUP_JOINED);
        assertThat(change.organizationId()).isEqualTo("org-1");
        assertThat(change.login()).isEqualTo("carla@example.ch");
        assertThat(change.group()).isEqualTo("administrator");
    }

    @Test
    void permissionGroupsAndTheOrganizationsOwnGroupAreNamedRelativeToIt() {
        AdminEvents events = new AdminEvents();
        assertThat(events.change(event("GROUP_MEMBERSHIP", "CREATE", "users/u1/groups/g2",
                "{\"path\":\"/organizations/org-1/permissions/mail\"}")).orElseThrow().group())
                .isEqualTo("permissions/mail");
        assertThat(events.change(event("GROUP_MEMBERSHIP", "CREATE", "users/u1/groups/g3",
                "{\"path\":\"/organizations/org-1\"}")).orElseThrow().group()).isEmpty();
    }

    @Test
    void otherGroupsOtherResourcesAndFailedOperationsMeanNothing() {
        AdminEvents events = new AdminEvents();
        assertThat(events.change(event("GROUP_MEMBERSHIP", "CREATE", "users/u1/groups/g1",
                "{\"path\":\"/staff/administrator\"}"))).isEmpty();
        assertThat(events.change(event("GROUP_MEMBERSHIP", "CREATE", "users/u1/groups/g1",
                "not json"))).isEmpty();
        assertThat(events.change(event("USER", "UPDATE", "users/u1", "{}"))).isEmpty();
        AdminEventRepresentation failed = event("GROUP_MEMBERSHIP", "CREATE", "users/u1/groups/g1",
                "{\"path\":\"/organizations/org-1/administrator\"}");
        failed.setError("unknown_error");
        assertThat(events.change(failed)).isEmpty();
    }

    @Test
    void aKeycloakOrganizationsMemberIsReadByTheAliasThePortalGaveIt() {
        AdministeredChange removed = new AdminEvents().change(event("ORGANIZATION_MEMBERSHIP", "DELETE",
                "organizations/kc-1/members/u1", "{\"id\":\"kc-1\",\"name\":\"Org [org-1]\",\"alias\":\"org-1\"}"))
                .orElseThrow();
        assertThat(removed.kind()).isEqualTo(AdministeredChange.Kind.ORGANIZATION_LEFT);
        assertThat(removed.organizationId()).isEqualTo("org-1");
        assertThat(removed.login()).isEqualTo("carla@example.ch");
    }
}
