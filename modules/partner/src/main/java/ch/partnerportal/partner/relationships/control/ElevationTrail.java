package ch.partnerportal.partner.relationships.control;

import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Elevation;
import ch.partnerportal.partner.relationships.entity.ElevationStatus;
import ch.partnerportal.tenancy.api.AuditRecords;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** How an elevation's steps read in the client's audit trail, its subject "elevation &lt;id&gt;". */
@Dependent
public class ElevationTrail {

    @Inject
    AuditRecords audit;

    @Inject
    RelationshipViews views;

    /** A step of the partner user who asked. */
    public void byRequester(Elevation elevation, String action, String detail) {
        audit.partner(elevation.clientOrganizationId(), elevation.requestedBy(), elevation.partnerOrganizationId(),
                action, subject(elevation), describe(elevation) + detail);
    }

    /** A step of one of the client's members. */
    public void byClient(Elevation elevation, String loginId, String action, String detail) {
        audit.member(elevation.clientOrganizationId(), loginId, action, subject(elevation),
                describe(elevation) + " for " + elevation.requestedBy() + detail);
    }

    /** What time decided: a request that lapsed unanswered, an elevation that ended at its hour. */
    public void lapsed(Elevation elevation, ElevationStatus recorded) {
        if (recorded == ElevationStatus.EXPIRED) {
            byRequester(elevation, "elevation-expired", ": nobody answered it in time");
        } else if (recorded == ElevationStatus.ENDED) {
            byRequester(elevation, "elevation-ended", ": ended by itself at " + elevation.endsAt());
        }
    }

    private static String subject(Elevation elevation) {
        return "elevation " + elevation.id();
    }

    /** What it adds: full access, or each product (or whole category) with its rights, and for how long. */
    private String describe(Elevation elevation) {
        Access access = elevation.access();
        if (access.full()) {
            return "full access for " + elevation.hours() + " h";
        }
        List<String> parts = new ArrayList<>();
        views.scope(access, elevation.clientOrganizationId()).products().forEach(entry -> parts.add(
                (entry.productLabel() != null ? entry.productLabel() : entry.category().slug() + " (all)")
                        + (entry.technical() ? " technical" : "") + (entry.statistics() ? " statistics" : "")));
        return String.join(", ", parts) + " for " + elevation.hours() + " h";
    }
}
