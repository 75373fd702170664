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
    UNKNOWN_STATUS(516, 400);

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
