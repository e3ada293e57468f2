package io.billingconsole.bank;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the bank feature, with their HTTP status; the API answers their name as
 * {@code code}. Their texts are in {@link BankMessages} under {@code error_<lower-case name>}.
 */
public enum BankError implements ErrorCode {
    BRANCH_QUERY_TOO_LONG(400),
    BRANCH_NOT_FOUND(404);

    private final int httpStatus;

    BankError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return BankMessages.class;
    }
}
