package ch.partnerportal.api.problems;

import ch.partnerportal.kernel.ErrorCode;

/** Refusals that belong to the API itself rather than to a module. */
public enum ApiError implements ErrorCode {
    MALFORMED_BODY(1, 400),
    BEARER_TOKEN_REQUIRED(2, 401),
    UNKNOWN_VERSION(3, 404),
    NOT_FOUND(4, 404),
    METHOD_NOT_ALLOWED(5, 405),
    UNSUPPORTED_MEDIA_TYPE(6, 415),
    CONCURRENT_CHANGE(7, 409),
    FORBIDDEN(8, 403),
    NOT_ACCEPTABLE(9, 406),
    BODY_TOO_LARGE(10, 413),
    UNKNOWN_FIELD(11, 400),
    FIELD_MALFORMED(12, 400),
    PARAMETER_OUT_OF_RANGE(13, 400),
    INTERNAL(99, 500);

    private final int number;
    private final int httpStatus;

    ApiError(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return String.format("API-%03d", number);
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String bundle() {
        return "ch.partnerportal.api.messages";
    }
}
