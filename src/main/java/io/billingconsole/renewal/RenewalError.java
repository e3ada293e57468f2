package io.billingconsole.renewal;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the renewal feature, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link RenewalMessages} under
 * {@code error_<lower-case name>}.
 */
public enum RenewalError implements ErrorCode {
    EMPTY_SELECTION(400),
    SELECTION_TOO_LARGE(400),
    DUPLICATE_RESOURCE(400),
    PER_RESOURCE_DURATION_NOT_ALLOWED(400),
    UNPAID_ORDER_EXISTS(409),
    AUTO_RENEW_ALREADY_ON(409);

    private final int httpStatus;

    RenewalError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return RenewalMessages.class;
    }
}
