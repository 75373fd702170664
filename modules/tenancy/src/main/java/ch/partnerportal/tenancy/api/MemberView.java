package ch.partnerportal.tenancy.api;

import java.time.Instant;
import java.util.Set;

public record MemberView(String accountId, String email, String displayName, Role role,
                         Set<ProductAccess> permissions, Set<ContactTopic> contacts, Instant joinedAt) {
}
