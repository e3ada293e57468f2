package io.billingconsole.shared;

/**
 * Every refusal the console can answer, with its HTTP status. The user-facing text lives in the
 * message bundle under {@code error_<lower-case name>}; the API also returns the name itself.
 */
public enum ErrorCode {
    MALFORMED_REQUEST(400),
    PAGE_NOT_FOUND(404),
    ACCESS_DENIED(403),
    INVALID_AMOUNT(400),
    INVALID_DURATION(400),
    INVALID_INPUT(400),
    INVALID_DATE(400),
    EMPTY_SELECTION(400),
    SELECTION_TOO_LARGE(400),
    DUPLICATE_RESOURCE(400),
    PER_RESOURCE_DURATION_NOT_ALLOWED(400),
    USERNAME_TAKEN(409),
    RESOURCE_NOT_FOUND(404),
    ORDER_NOT_FOUND(404),
    ACCOUNT_NOT_FOUND(404),
    UNKNOWN_PRODUCT(400),
    RESOURCE_RELEASED(409),
    RENEWAL_WINDOW_PASSED(409),
    PAYG_NOT_RENEWABLE(409),
    UNPAID_ORDER_EXISTS(409),
    ORDER_ALREADY_PAID(409),
    ORDER_VOIDED(409),
    INSUFFICIENT_BALANCE(409),
    AUTO_RENEW_TRIAL(409),
    AUTO_RENEW_CHANNEL(409),
    AUTO_RENEW_NOT_RUNNING(409),
    AUTO_RENEW_CHANGE_TOO_LATE(409),
    AUTO_RENEW_EXPIRES_TOO_SOON(409),
    AUTO_RENEW_ALREADY_ON(409),
    AUTO_RENEW_NOT_ON(409),
    UNKNOWN_JOB(404),
    TEST_CLOCK_DISABLED(409),
    // ---- issue 7: authentication and browser security ----
    /** Too many failed logins for the username or from the client address; retry after the given seconds. */
    TOO_MANY_LOGIN_ATTEMPTS(429),
    /** A form arrived without the CSRF token of this browser's session (expired page, or a forged form). */
    FORM_TOKEN_INVALID(400),
    // ---- issue 7: input hardening ----
    TEXT_INVALID(400),
    DATE_OUT_OF_RANGE(400),
    AMOUNT_ABOVE_LIMIT(400),
    AMOUNT_OUT_OF_RANGE(400),
    FORM_TOO_LARGE(413),
    INTERNAL_ERROR(500),
    // ---- issue 7: staff accounts, passwords, setup links ----
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

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String messageKey() {
        return "error_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
