package ch.partnerportal.partner.api;

import ch.partnerportal.kernel.ErrorCode;

/** Refusals of the partner programme; messages in {@code ch/partnerportal/partner/messages*.properties}. */
public enum PartnerError implements ErrorCode {
    REGISTER_COUNTRY_UNKNOWN(501, 400),
    UID_MALFORMED(502, 400),
    UID_CHECK_DIGIT(503, 400),
    SIRET_MALFORMED(504, 400),
    SIRET_CHECK_DIGIT(505, 400),
    REGISTER_NUMBER_MALFORMED(506, 400),
    WEBSITE_INVALID(507, 400),
    COMMITMENT_REQUIRED(508, 400),
    REASON_REQUIRED(509, 400),
    CONDITIONS_NOT_ACCEPTED(510, 400),
    APPLICATION_OPEN(511, 409),
    APPLICATION_NOT_PENDING(512, 409),
    APPLICATION_NOT_FOUND(513, 404),
    NOT_A_PARTNER(514, 409),
    AMOUNT_INVALID(515, 400),
    UNKNOWN_STATUS(516, 400),
    NOT_A_PARTNER_ORGANIZATION(517, 409),
    CLIENT_NOT_FOUND(518, 404),
    CLIENT_AMBIGUOUS(519, 409),
    SELF_RELATIONSHIP(520, 400),
    RELATIONSHIP_OPEN(521, 409),
    RELATIONSHIP_NOT_FOUND(522, 404),
    REQUEST_NOT_PENDING(523, 409),
    REQUEST_EXPIRED(524, 410),
    ANSWER_BY_OTHER_SIDE(525, 409),
    ONLY_SENDER(526, 403),
    SCOPE_EMPTY(527, 400),
    SCOPE_FULL_WITH_PRODUCTS(528, 400),
    BILLING_NEEDS_FULL_ACCESS(529, 400),
    SCOPE_PRODUCT_UNKNOWN(530, 400),
    SCOPE_PRODUCT_CATEGORY(531, 400),
    SCOPE_NO_RIGHT(532, 400),
    SCOPE_DUPLICATE(533, 400),
    GRANT_END_PAST(534, 400),
    RELATIONSHIP_NOT_ACTIVE(535, 409),
    PASSWORD_WRONG(536, 403),
    ONLY_CLIENT_GRANTS(537, 403),
    UNKNOWN_CATEGORY(538, 400),
    SCOPE_PRODUCT_REQUIRED(539, 400),
    NOTE_TOO_LONG(540, 400),
    ASSIGNEE_NOT_MEMBER(541, 400),
    ASSIGNEE_ACTS_FOR_ALL(542, 409),
    ASSIGNED_PRODUCT_NOT_GRANTED(543, 400),
    ASSIGNMENT_NOT_FOUND(544, 404),
    ONLY_PARTNER_ASSIGNS(545, 403),
    ELEVATION_HOURS(546, 400),
    ELEVATION_REASON(547, 400),
    ELEVATION_NOT_NEEDED(548, 409),
    ELEVATION_FOR_PARTNER_USERS(549, 409),
    ELEVATION_OPEN(550, 409),
    ELEVATION_NOT_FOUND(551, 404),
    ELEVATION_NOT_PENDING(552, 409),
    ELEVATION_EXPIRED(553, 410),
    ELEVATION_NOT_OPEN(554, 409),
    ONLY_CLIENT_APPROVES(555, 403);

    private final int number;
    private final int httpStatus;

    PartnerError(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return "PRT-" + number;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String bundle() {
        return "ch.partnerportal.partner.messages";
    }
}
