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
    MALFORMED_REQUEST(14, 400),
    UNAVAILABLE(15, 503),
    FIELD_INVALID(16, 400),
    INTERNAL(99, 500);

    /** The largest body the API takes, in MB (a day's bank notification of a busy account is far smaller). */
    public static final int LARGEST_BODY_MB = 10;

    private final int number;
    private final int httpStatus;

    ApiError(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    /** The API's refusal for a status the container answered on its own. */
    public static ApiError forStatus(int status, Throwable failure) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> BEARER_TOKEN_REQUIRED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> UNAVAILABLE;
            default -> status >= 400 && status < 500 || isMalformedRequest(failure) ? MALFORMED_REQUEST : INTERNAL;
        };
    }

    /** The web container reports a path it refuses (encoded slash, dot, control character) as an IOException. */
    private static boolean isMalformedRequest(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("CWWWC0005I") || message.startsWith("Bad Request"))) {
                return true;
            }
        }
        return false;
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
