package ch.partnerportal.partner.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A relationship between a partner and a client as either side sees it: what was asked and what was
 * granted side by side with their notes, and what the caller may do with it now.
 *
 * @param side     the caller's side: partner or client
 * @param status   pending, active, refused, withdrawn, expired or ended
 * @param granted  null until the client granted something
 * @param actions  what the caller may do now: accept, refuse, resend, withdraw, change-access, renew, end
 */
public record RelationshipView(String id, String partnerOrganizationId, String partnerName,
                               String clientOrganizationId, String clientName, String side, String status,
                               String initiator, String requestedBy, Instant requestedAt, Instant sentAt,
                               Instant expiresAt, String requestNote, AccessScope requested, AccessScope granted,
                               String answerNote, String answeredBy, Instant answeredAt, LocalDate grantEndsOn,
                               Instant accessChangedAt, Instant endedAt, String endedBy, String endedBySide,
                               List<String> actions) {

    public RelationshipView {
        actions = List.copyOf(actions);
    }
}
