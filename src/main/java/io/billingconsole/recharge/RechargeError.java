package io.billingconsole.recharge;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of recharges, with their HTTP status; the API answers their name as {@code code}.
 * Their texts are in {@link RechargeMessages} under {@code error_<lower-case name>}.
 */
public enum RechargeError implements ErrorCode {
    RECHARGE_NOT_FOUND(404),
    CHANNEL_INVALID(400),
    BANK_REQUIRED(400),
    BANK_UNKNOWN(400),
    ACCOUNT_TYPE_REQUIRED(400),
    RECHARGE_NOT_PENDING(409),
    /** No payment gateway is configured and switched on: only offline remittance is possible. */
    GATEWAY_UNAVAILABLE(503),
    /** Finance typed an account id that does not exist (a form field, not a page that is missing). */
    ACCOUNT_UNKNOWN(400);

    private final int httpStatus;

    RechargeError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return RechargeMessages.class;
    }
}
