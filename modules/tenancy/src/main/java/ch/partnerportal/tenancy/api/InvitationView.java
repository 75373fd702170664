package ch.partnerportal.tenancy.api;

import java.time.Instant;
import java.util.Set;

public record InvitationView(String id, String organizationId, String organizationName, String email, Role role,
                             Set<ProductAccess> permissions, Set<ContactTopic> contacts, String status,
                             boolean existingAccount, Instant createdAt, Instant expiresAt) {
}
