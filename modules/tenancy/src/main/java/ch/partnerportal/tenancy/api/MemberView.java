package ch.partnerportal.tenancy.api;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A member as others see it; {@code permissions} are the ones granted, kept when the role changes. */
public record MemberView(String accountId, String email, String displayName, Role role,
                         Set<ProductAccess> permissions, Set<ContactTopic> contacts, Instant joinedAt) {

    /** What the member may do: every product for those who manage the organization (ORG-3), else what was granted. */
    public Set<ProductAccess> effectivePermissions() {
        return role.mayManage() ? EnumSet.allOf(ProductAccess.class) : permissions;
    }
}
