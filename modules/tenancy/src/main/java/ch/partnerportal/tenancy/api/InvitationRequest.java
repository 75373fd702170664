package ch.partnerportal.tenancy.api;

import java.util.Set;

/** What the inviter chooses when adding a user (ORG-4). {@code language} is the e-mail's language. */
public record InvitationRequest(String email, Role role, Set<ProductAccess> permissions, Set<ContactTopic> contacts,
                                String language) {
}
