package ch.partnerportal.partner.relationships.entity;

import ch.partnerportal.kernel.Slugs;

/** Where a relationship between a partner and a client stands. */
public enum RelationshipStatus {
    /** Sent by one side, waiting for the other for 30 days. */
    PENDING,
    /** Accepted: the partner acts within the granted access. */
    ACTIVE,
    /** The other side said no. */
    REFUSED,
    /** The sender took it back. */
    WITHDRAWN,
    /** Nobody answered within 30 days. */
    EXPIRED,
    /** Stopped by either side (PAR-10), or its grant reached its end date. */
    ENDED;

    /** Pending and active relationships are open: one pair has one open at a time. */
    public boolean open() {
        return this == PENDING || this == ACTIVE;
    }

    public String slug() {
        return Slugs.of(this);
    }
}
