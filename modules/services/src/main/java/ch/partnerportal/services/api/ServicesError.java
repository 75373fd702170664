package ch.partnerportal.services.api;

import ch.partnerportal.kernel.ErrorCode;

/** Refusals of the services module; messages in {@code ch/partnerportal/services/messages*.properties}. */
public enum ServicesError implements ErrorCode {
    PRODUCT_NOT_FOUND(401, 404),
    NOT_THIS_KIND(402, 404),
    PRODUCT_BLOCKED(403, 409),
    PRODUCT_TERMINATED(404, 410),
    ZONE_NAME_INVALID(405, 409),
    RECORD_TYPE_UNKNOWN(410, 400),
    RECORD_NAME_INVALID(411, 400),
    RECORD_NAME_OUTSIDE_ZONE(412, 400),
    TTL_OUT_OF_RANGE(413, 400),
    VALUE_REQUIRED(414, 400),
    IPV4_INVALID(415, 400),
    IPV6_INVALID(416, 400),
    HOST_NAME_INVALID(417, 400),
    NUMBER_OUT_OF_RANGE(418, 400),
    TEXT_INVALID(419, 400),
    SRV_NAME_INVALID(420, 400),
    CAA_FLAGS_INVALID(421, 400),
    CAA_TAG_UNKNOWN(422, 400),
    CAA_VALUE_INVALID(423, 400),
    CNAME_AT_APEX(424, 400),
    CNAME_BESIDE_OTHERS(425, 409),
    OTHERS_BESIDE_CNAME(426, 409),
    RECORD_DUPLICATE(427, 409),
    RECORD_NOT_FOUND(428, 404),
    ZONE_FULL(429, 409),
    NAME_SERVER_COUNT(430, 400),
    NAME_SERVER_TWICE(431, 400),
    VALUE_NOT_EXPECTED(432, 400),
    PASSWORD_TOO_SHORT(440, 400),
    PASSWORD_TOO_LONG(441, 400),
    PASSWORD_TOO_SIMPLE(442, 400),
    PASSWORD_CONTAINS_NAME(443, 400),
    MAIL_ADDRESS_INVALID(450, 400),
    DOMAIN_NOT_HELD(451, 400),
    DOMAIN_HELD_ELSEWHERE(452, 409),
    ADDRESS_TAKEN(453, 409),
    MAILBOX_NOT_FOUND(454, 404),
    READER_NOT_MEMBER(455, 400),
    UNIFICATION_NOT_OFFERED(456, 409),
    TOO_MANY_ADDRESSES(457, 400),
    FORWARD_TO_ITSELF(458, 400),
    MAIL_LOGIN_THROTTLED(459, 429),
    MAILBOX_LIMIT(460, 409),
    PASSWORD_REQUIRED(461, 400),
    PERIOD_INVALID(470, 400),
    DRIVE_NOT_FOUND(480, 404),
    DRIVE_NAME_INVALID(481, 400),
    DRIVE_ROLE_UNKNOWN(482, 400),
    DRIVE_USER_NOT_MEMBER(483, 400),
    TEAM_UNKNOWN(484, 400),
    SITE_NOT_FOUND(490, 404),
    SITE_EXISTS(491, 409),
    PHP_VERSION_UNSUPPORTED(492, 400),
    CREDENTIAL_NOT_FOUND(493, 404),
    CREDENTIAL_NAME_INVALID(494, 400),
    CREDENTIAL_NAME_TAKEN(495, 409),
    CREDENTIAL_KIND_UNKNOWN(496, 400);

    private final int number;
    private final int httpStatus;

    ServicesError(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return "SRV-" + number;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String bundle() {
        return "ch.partnerportal.services.messages";
    }
}
