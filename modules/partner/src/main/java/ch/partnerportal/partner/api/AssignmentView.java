package ch.partnerportal.partner.api;

import java.time.Instant;
import java.util.List;

/**
 * PAR-6: a partner user assigned to one client.
 *
 * @param productIds empty when it acts on every product the client grants
 */
public record AssignmentView(String accountId, String loginId, String displayName, List<String> productIds,
                             String assignedBy, Instant assignedAt) {

    public AssignmentView {
        productIds = List.copyOf(productIds);
    }
}
