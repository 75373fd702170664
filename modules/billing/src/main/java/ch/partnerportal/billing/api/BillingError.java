package ch.partnerportal.billing.api;

import ch.partnerportal.kernel.ErrorCode;

/** Refusals of the billing module; messages in {@code ch/partnerportal/billing/messages*.properties}. */
public enum BillingError implements ErrorCode {
    AMOUNT_REQUIRED(301, 400),
    AMOUNT_MALFORMED(302, 400),
    AMOUNT_NEGATIVE(303, 400),
    AMOUNT_TOO_MANY_DECIMALS(304, 400),
    AMOUNT_TOO_LARGE(305, 400),
    DEPOSIT_OUT_OF_RANGE(306, 400),
    METHOD_NOT_AVAILABLE_IN_CURRENCY(307, 400),
    METHOD_CANNOT_CREDIT_PREPAID(308, 400),
    INSUFFICIENT_BALANCE(309, 409),
    CURRENCY_MISMATCH(310, 400),
    IDEMPOTENCY_KEY_REQUIRED(311, 400),
    IDEMPOTENCY_KEY_REUSED(312, 422),
    PERIOD_NOT_ALLOWED(313, 400),
    PARTNER_RATE_OUT_OF_RANGE(314, 400),
    INVOICE_NOT_FOUND(315, 404),
    INVOICE_ALREADY_PAID(316, 409),
    INVOICE_CANCELLED(317, 409),
    NOT_REFUNDABLE(318, 409),
    ALREADY_CREDITED(319, 409),
    NOTHING_SELECTED(320, 400),
    UNKNOWN_LINE(321, 400),
    CUSTOMER_DETAILS_INCOMPLETE(322, 400),
    INVALID_COUNTRY(323, 400),
    FIELD_TOO_LONG(324, 400),
    CARD_NUMBER_INVALID(325, 400),
    CARD_DECLINED(326, 402),
    CARD_INSUFFICIENT_FUNDS(327, 402),
    DEPOSIT_METHOD_NOT_OFFERED(328, 400),
    UNKNOWN_PAYMENT_METHOD(329, 400),
    GATEWAY_TIMEOUT(350, 504),
    PAYMENT_CONFIRMATION_REQUIRED(351, 409),
    PAYMENT_PENDING(352, 409),
    PAYMENT_DECLINED(353, 402),
    PAYPAL_ACCOUNT_INVALID(354, 400),
    TWINT_NUMBER_INVALID(355, 400),
    TWINT_PROFILE_UNKNOWN(356, 400),
    PAYMENT_UNKNOWN(357, 404),
    PAYMENT_NOT_AWAITING_CONFIRMATION(358, 409),
    PAYMENT_NOT_REFUNDABLE(359, 409),
    REFUND_AMOUNT_NOT_POSITIVE(360, 400),
    REFUND_EXCEEDS_REMAINING(361, 409),
    ORDER_NOT_FOUND(330, 404),
    ORDER_ALREADY_PAID(331, 409),
    ORDER_CANCELLED(332, 409),
    UNKNOWN_PRODUCT_TYPE(333, 400),
    PRODUCT_LABEL_REQUIRED(334, 400),
    ORDER_METHOD_NOT_OFFERED(335, 400),
    BALANCE_NOT_WITH_TRANSFER(336, 400),
    BANK_STATEMENT_MALFORMED(337, 400),
    TRANSFER_ACCOUNT_NOT_CONFIGURED(338, 503);

    private final int number;
    private final int httpStatus;

    BillingError(int number, int httpStatus) {
        this.number = number;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return "BIL-" + number;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String bundle() {
        return "ch.partnerportal.billing.messages";
    }
}
