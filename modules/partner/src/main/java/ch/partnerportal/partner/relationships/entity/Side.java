package ch.partnerportal.partner.relationships.entity;

import ch.partnerportal.kernel.Slugs;

/** The two sides of a relationship (PAR-3, PAR-4). */
public enum Side {
    PARTNER,
    CLIENT;

    public Side other() {
        return this == PARTNER ? CLIENT : PARTNER;
    }

    public String slug() {
        return Slugs.of(this);
    }
}
