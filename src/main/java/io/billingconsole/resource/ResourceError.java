package io.billingconsole.resource;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the resource feature, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link ResourceMessages} under
 * {@code error_<lower-case name>}.
 */
public enum ResourceError implements ErrorCode {
    INVALID_DURATION(400),
    INVALID_DATE(400),
    RESOURCE_NOT_FOUND(404),
    RESOURCE_RELEASED(409),
    RENEWAL_WINDOW_PASSED(409),
    PAYG_NOT_RENEWABLE(409),
    AUTO_RENEW_TRIAL(409),
    AUTO_RENEW_CHANNEL(409),
    AUTO_RENEW_NOT_RUNNING(409),
    AUTO_RENEW_CHANGE_TOO_LATE(409),
    AUTO_RENEW_EXPIRES_TOO_SOON(409),
    AUTO_RENEW_NOT_ON(409),
    ALREADY_RELEASED(409),
    /** Release now and scheduled release are for pay-as-you-go resources (subscriptions are unsubscribed). */
    RELEASE_PAYG_ONLY(409),
    RELEASE_AT_NOT_FUTURE(400),
    RELEASE_AT_INVALID(400);

    private final int httpStatus;

    ResourceError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return ResourceMessages.class;
    }
}
