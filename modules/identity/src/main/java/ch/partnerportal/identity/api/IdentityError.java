package ch.partnerportal.identity.api;

import ch.partnerportal.kernel.ErrorCode;

/** Refusals of the identity module (IDT-2xx, apart from the rules named IDN); messages in {@code ch/partnerportal/identity/messages*.properties}. */
public enum IdentityError implements ErrorCode {
    /** No set-aside mail has this id (never was, or it was retried or discarded meanwhile). */
    MAIL_NOT_SET_ASIDE(201, 404);

    private final int number;
    private final int httpStatus;

    IdentityError(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return "IDT-" + number;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String bundle() {
        return "ch.partnerportal.identity.messages";
    }
}
