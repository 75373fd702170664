package ch.partnerportal.tenancy.api;

import java.time.Instant;

/**
 * One entry of an organization's audit trail: a change made or refused on behalf of someone who is
 * not one of its members acting in the portal (an administrator of the identity provider, and later
 * partners and support).
 *
 * @param actorKind for example {@code identity-administrator}
 * @param action    for example {@code role-changed}, {@code member-removed}, {@code change-refused}
 * @param subject   whom it was about (an e-mail address)
 * @param before    what the change found, where it says; null when it found nothing or does not say
 * @param after     what it left, likewise
 */
public record AuditEntryView(Instant at, String actorKind, String actor, String action, String subject,
                             String detail, String before, String after) {
}
