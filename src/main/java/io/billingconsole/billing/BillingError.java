package io.billingconsole.billing;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of PAYG usage, bills and arrears, with their HTTP status; the API answers their name as
 * {@code code}. Their texts are in {@link BillingMessages} under {@code error_<lower-case name>}.
 */
public enum BillingError implements ErrorCode {
    BILL_NOT_FOUND(404),
    USAGE_NOT_PAYG(409),
    USAGE_PERIOD_INVALID(400),
    USAGE_IN_FUTURE(400),
    NO_ARREARS(409),
    NO_CASH_FOR_ARREARS(409);

    private final int httpStatus;

    BillingError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return BillingMessages.class;
    }
}
