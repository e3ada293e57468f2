package io.billingconsole.order;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the order feature, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link OrderMessages} under
 * {@code error_<lower-case name>}.
 */
public enum OrderError implements ErrorCode {
    ORDER_NOT_FOUND(404),
    ORDER_ALREADY_PAID(409),
    ORDER_VOIDED(409);

    private final int httpStatus;

    OrderError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return OrderMessages.class;
    }
}
