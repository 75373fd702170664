package ch.partnerportal.tenancy.api;

import java.util.List;
import java.util.Set;

/** The whole desired state of one organization as the identity provider should mirror it. */
public record OrganizationSnapshot(String id, String name, boolean exists, List<Member> members) {

    /** @param permissions what the member may use (ORG-3: every kind for managers), as the token shows it */
    public record Member(String email, String displayName, Role role, Set<ProductAccess> permissions) {
        public Member {
            permissions = Set.copyOf(permissions);
        }
    }

    public static OrganizationSnapshot gone(String id) {
        return new OrganizationSnapshot(id, null, false, List.of());
    }
}
