package io.billingconsole.notice;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the notice settings (the customer's channels, the operator's schedule), with their
 * HTTP status; the API answers their name as {@code code}. Their texts are in
 * {@link NoticeSettingsMessages} under {@code error_<lower-case name>}.
 */
public enum NoticeError implements ErrorCode {
    /** Not a kind of notice the message center keeps; args: what was sent. */
    NOTICE_KIND_UNKNOWN(400),
    /** The same kind twice in one request; args: the kind. */
    NOTICE_KIND_TWICE(400),
    /** A field left out; args: its name. */
    NOTICE_FIELD_REQUIRED(400),
    /** The customer chose e-mail for a kind the operator sends by no e-mail; args: the kind. */
    NOTICE_EMAIL_NOT_ALLOWED(409),
    /** The customer chose SMS for a kind the operator sends by no SMS; args: the kind. */
    NOTICE_SMS_NOT_ALLOWED(409),
    /** SMS chosen by an account without a phone. */
    NOTICE_SMS_NEEDS_PHONE(409),
    /** An operator made a channel on by default that the kind may not use; args: the kind. */
    NOTICE_DEFAULT_NOT_ALLOWED(400),
    /** A day outside its range or not a whole number; args: field, min, max. */
    NOTICE_DAYS_OUT_OF_RANGE(400),
    /** args: field, the day given twice. */
    NOTICE_DAYS_TWICE(400),
    /** args: field, the most points allowed. */
    NOTICE_DAYS_TOO_MANY(400),
    /** A list that may not be empty; args: field. */
    NOTICE_DAYS_EMPTY(400),
    /** The schedule changed after the operator loaded the form. */
    NOTICE_SCHEDULE_CHANGED_MEANWHILE(409);

    private final int httpStatus;

    NoticeError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return NoticeSettingsMessages.class;
    }
}
