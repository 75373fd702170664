package ch.partnerportal.kernel;

/** Refusals of text that no person typed; messages in {@code ch/partnerportal/kernel/messages*.properties}. */
public enum TextError implements ErrorCode {
    UNTYPABLE_CHARACTERS(1, 400);

    private final int number;
    private final int httpStatus;

    TextError(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return String.format("TXT-%03d", number);
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String bundle() {
        return "ch.partnerportal.kernel.messages";
    }
}
