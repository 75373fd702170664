package ch.partnerportal.partner.api;

/**
 * A partner user's request for more than its access gives, for a few hours: full access, or the
 * products listed (a whole category may stand for products it cannot see), with a reason the client
 * reads before approving.
 */
public record ElevationRequest(AccessScope access, int hours, String reason) {

    /** The longest an elevation may last: a working day. */
    public static final int MAX_HOURS = 8;
}
