package io.billingconsole.sms;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of SMS codes, with their HTTP status; the API answers their name as {@code code}.
 * Their texts are in {@link SmsMessages} under {@code error_<lower-case name>}. Every refusal of a
 * typed code is a 409 starting with {@code SMS_CODE_}; a wrong code is {@link #SMS_CODE_INVALID}.
 */
public enum SmsError implements ErrorCode {
    /** The account has no bound security phone to send the code to. */
    PHONE_MISSING(409),
    /** The SMS provider did not take the message; nothing was stored. */
    SMS_SEND_FAILED(409),
    /** A code went to this phone less than {@code billing.sms.resend-after} ago; args: seconds to wait. */
    SMS_TOO_SOON(429),
    /** A wrong code, or not 6 digits; args: the tries left. */
    SMS_CODE_INVALID(409),
    SMS_CODE_EXPIRED(409),
    SMS_CODE_USED(409),
    /** The last allowed wrong try burned the code. */
    SMS_CODE_TOO_MANY_TRIES(409),
    /** No code was sent for this purpose, or it went to a phone the account no longer has. */
    SMS_CODE_NOT_SENT(409);

    private final int httpStatus;

    SmsError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return SmsMessages.class;
    }
}
