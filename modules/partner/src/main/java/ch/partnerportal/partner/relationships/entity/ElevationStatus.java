package ch.partnerportal.partner.relationships.entity;

import ch.partnerportal.kernel.Slugs;

/** Where a just-in-time elevation stands. */
public enum ElevationStatus {
    /** Asked, waiting for the client's legal representative. */
    PENDING,
    /** Approved: it adds to what the user reaches until its end. */
    APPROVED,
    /** The client said no. */
    REFUSED,
    /** The user took the request back before an answer. */
    WITHDRAWN,
    /** Nobody answered in time. */
    EXPIRED,
    /** Its hours passed, or the client or the user ended it sooner. */
    ENDED;

    public String slug() {
        return Slugs.of(this);
    }
}
