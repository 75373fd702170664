package ch.partnerportal.tenancy.api;

import ch.partnerportal.kernel.ErrorCode;

/** Refusals of the tenancy module; messages in {@code ch/partnerportal/tenancy/messages*.properties}. */
public enum TenancyError implements ErrorCode {
    ORGANIZATION_NOT_FOUND(101, 404),
    INSUFFICIENT_RIGHTS(102, 403),
    MEMBER_NOT_FOUND(103, 404),
    LAST_LEGAL_REPRESENTATIVE(104, 409),
    LEGAL_REPRESENTATIVE_RIGHTS_REQUIRED(105, 403),
    INVALID_EMAIL(106, 400),
    NAME_REQUIRED(107, 400),
    FIELD_TOO_LONG(108, 400),
    UNKNOWN_ROLE(109, 400),
    ALREADY_MEMBER(110, 409),
    INVITATION_ALREADY_PENDING(111, 409),
    INVITATION_NOT_FOUND(112, 404),
    INVITATION_EXPIRED(113, 410),
    INVITATION_ALREADY_USED(114, 410),
    INVITATION_FOR_ANOTHER_ACCOUNT(115, 403),
    INVALID_COUNTRY(116, 400),
    CONCURRENT_CHANGE(117, 409),
    NOTHING_SELECTED(118, 400),
    UNKNOWN_PERMISSION(119, 400),
    INVITATION_WITHDRAWN(120, 410),
    UNKNOWN_CONTACT_TOPIC(121, 400),
    INVALID_VAT_NUMBER(122, 400),
    NOT_SIGNED_IN(123, 401),
    PRODUCT_ACCESS_REQUIRED(124, 403),
    UNKNOWN_LANGUAGE(125, 400),
    JOIN_BY_INVITATION(126, 409),
    UNKNOWN_ACCOUNT(127, 404),
    ROLE_REQUIRED(128, 409),
    PERMISSION_IMPLIED_BY_ROLE(129, 409),
    TEAM_NOT_FOUND(130, 404),
    TEAM_NAME_INVALID(131, 400),
    TEAM_NAME_TAKEN(132, 409),
    TEAM_MEMBER_UNKNOWN(133, 400),
    LEGAL_REPRESENTATIVE_REQUIRED(134, 403),
    PARTNER_SCOPE_REQUIRED(135, 403),
    PARTNER_NOT_ON_LEGAL_REPRESENTATIVES(136, 403);

    private final int number;
    private final int httpStatus;

    TenancyError(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return "TEN-" + number;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String bundle() {
        return "ch.partnerportal.tenancy.messages";
    }
}
