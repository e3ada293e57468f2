package io.billingconsole.withdrawal;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of withdrawals and their review, with their HTTP status; the API answers their
 * name as {@code code}. Their texts are in {@link WithdrawalMessages} under {@code error_<lower-case name>}.
 */
public enum WithdrawalError implements ErrorCode {
    WITHDRAWAL_NOT_FOUND(404),
    ACCOUNT_FROZEN(409),
    ACCOUNT_CLOSED(409),
    REAL_NAME_REQUIRED(409),
    AMOUNT_OVER_WITHDRAWABLE(409),
    ORIGINAL_ROUTE_EXPIRED(409),
    RECHARGE_REQUIRED(400),
    ROUTE_REQUIRED(400),
    REASON_REQUIRED(400),
    PAYEE_REQUIRED(400),
    PAYEE_NAME_MISMATCH(409),
    NOT_UNDER_REVIEW(409),
    NOT_AWAITING_PAYOUT(409),
    OWN_REQUEST(409),
    ALREADY_APPROVED_BY_YOU(409),
    REJECT_REASON_REQUIRED(400),
    FAILURE_CODE_REQUIRED(400),
    PROOF_NOT_FOUND(404),
    PROOF_TYPE(415),
    PROOF_TOO_LARGE(413),
    PROOF_TOO_MANY(409),
    /** A designated-account form sent without any proof file (the pages ask for at least one). */
    PROOF_REQUIRED(400);

    private final int httpStatus;

    WithdrawalError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return WithdrawalMessages.class;
    }
}
