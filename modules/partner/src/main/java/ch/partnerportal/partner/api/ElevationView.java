package ch.partnerportal.partner.api;

import java.time.Instant;
import java.util.List;

/**
 * A just-in-time elevation as the client's legal representatives and administrators, or the partner
 * user who asked, see it.
 *
 * @param status      pending, approved, refused, withdrawn, expired or ended, at the moment asked
 * @param answerBy    a request nobody answered by then lapses
 * @param endsAt      once approved: when it ends by itself
 * @param actions     what the caller may do now: approve, refuse (the client's legal representatives),
 *                    end (they and the user who asked, while it waits or runs)
 */
public record ElevationView(String id, String relationshipId, String partnerOrganizationId, String partnerName,
                            String clientOrganizationId, String clientName, String requestedBy, AccessScope asked,
                            int hours, String reason, String status, Instant requestedAt, Instant answerBy,
                            String answeredBy, Instant answeredAt, String answerNote, Instant endsAt, Instant endedAt,
                            String endedBy, List<String> actions) {

    public ElevationView {
        actions = List.copyOf(actions);
    }
}
