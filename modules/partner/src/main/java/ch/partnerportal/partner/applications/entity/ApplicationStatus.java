package ch.partnerportal.partner.applications.entity;

import ch.partnerportal.kernel.Slugs;

/** Where an application to the partner programme stands (PAR-1). */
public enum ApplicationStatus {
    /** Waiting for a platform administrator. */
    PENDING,
    /** The organization is a partner. */
    APPROVED,
    /** A platform administrator refused it, with a reason. */
    REFUSED,
    /** The applicant took it back before it was decided. */
    WITHDRAWN,
    /** Approved once, then ended by a platform administrator, with a reason. */
    REVOKED;

    /** Pending and approved applications are open: an organization has one at a time. */
    public boolean open() {
        return this == PENDING || this == APPROVED;
    }

    public String slug() {
        return Slugs.of(this);
    }
}
