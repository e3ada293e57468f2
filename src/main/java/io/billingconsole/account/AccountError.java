package io.billingconsole.account;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the account feature, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link AccountMessages} under
 * {@code error_<lower-case name>}.
 */
public enum AccountError implements ErrorCode {
    USERNAME_TAKEN(409),
    ACCOUNT_NOT_FOUND(404),
    INSUFFICIENT_BALANCE(409),
    /** Too many failed logins for the username or from the client address; retry after the given seconds. */
    TOO_MANY_LOGIN_ATTEMPTS(429),
    PASSWORD_TOO_SHORT(400),
    PASSWORD_TOO_LONG(400),
    PASSWORD_IS_USERNAME(400),
    PASSWORDS_DIFFER(400),
    WRONG_CURRENT_PASSWORD(400),
    EMAIL_OR_PASSWORD_REQUIRED(400),
    USER_NOT_FOUND(404),
    CANNOT_DISABLE_SELF(409),
    LAST_OPERATOR(409),
    SETUP_MAIL_UNAVAILABLE(409),
    SETUP_LINK_INVALID(404),
    SETUP_LINK_USED(410),
    SETUP_LINK_EXPIRED(410);

    private final int httpStatus;

    AccountError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return AccountMessages.class;
    }
}
