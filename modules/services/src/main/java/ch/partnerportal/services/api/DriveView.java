package ch.partnerportal.services.api;

import java.util.List;

/**
 * A kDrive drive: its quota and the space used, the roles given in person and to teams, and what each
 * person effectively has (ORG-8: their own role overrides their teams').
 */
public record DriveView(String id, String productId, String name, int quotaGb, long usedMb, List<Grant> members,
                        List<Grant> teams, List<EffectiveRole> effective) {

    public record Grant(String id, String role) {
    }

    /** @param through "own" or the id of the team the role comes from */
    public record EffectiveRole(String accountId, String role, String through) {
    }
}
