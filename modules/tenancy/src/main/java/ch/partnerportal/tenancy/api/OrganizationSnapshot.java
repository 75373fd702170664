package ch.partnerportal.tenancy.api;

import java.util.List;

/** The whole desired state of one organization as the identity provider should mirror it. */
public record OrganizationSnapshot(String id, String name, boolean exists, List<Member> members) {

    public record Member(String email, String displayName, Role role) {
    }

    public static OrganizationSnapshot gone(String id) {
        return new OrganizationSnapshot(id, null, false, List.of());
    }
}
