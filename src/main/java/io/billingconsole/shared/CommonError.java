package io.billingconsole.shared;

/**
 * The generic refusals any feature (or the web layer) can answer, with their HTTP status; the
 * API answers their name as {@code code}. Their texts are in {@link Messages} under
 * {@code error_<lower-case name>}. A feature's own refusals are in its own enum.
 */
public enum CommonError implements ErrorCode {
    MALFORMED_REQUEST(400),
    PAGE_NOT_FOUND(404),
    ACCESS_DENIED(403),
    INVALID_AMOUNT(400),
    INVALID_INPUT(400),
    TEST_CLOCK_DISABLED(409),
    /** A money-moving request without its client key (transfers, withdrawals). */
    IDEMPOTENCY_KEY_REQUIRED(400),
    /** The same client key with another request. */
    IDEMPOTENCY_KEY_REUSED(409),
    /** A form arrived without the CSRF token of this browser's session (expired page, or a forged form). */
    FORM_TOKEN_INVALID(400),
    TEXT_INVALID(400),
    DATE_OUT_OF_RANGE(400),
    AMOUNT_OUT_OF_RANGE(400),
    FORM_TOO_LARGE(413),
    INTERNAL_ERROR(500);

    private final int httpStatus;

    CommonError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return Messages.class;
    }
}
